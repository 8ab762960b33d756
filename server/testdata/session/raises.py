# fake-profiler: exception
def f(n):
    return n / 0


f(1)
