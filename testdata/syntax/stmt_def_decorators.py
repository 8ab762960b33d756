@a
@a.b.c
@a(1)
@(yield)
@x[0].y
@lambda f: f
@a if b else c
@x := y
def f(): pass
