lambda: 0
lambda x: x
lambda x, y=1, *a, z, **k: 0
lambda *, k=1: k
lambda a, /, b: 0
lambda *a, **k: (a, k)
