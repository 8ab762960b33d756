# fake-profiler: loop
while True:
    pass
