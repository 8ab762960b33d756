# fake-profiler: flood
while True:
    print("x" * 1000)
