# fake-profiler: die
print("about to fail")
