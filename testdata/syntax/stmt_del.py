del a
del a, b.c, d[0]
del (a, b), [c]
