def f(): pass
def f(a, b=1, *args, c, d=2, **kwargs): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c, d=4): pass
def f(*, a): pass
def f(a: int, *b: str, **c: 'x') -> None: pass
def f(a,): pass
def f(a, /): pass
def f(**k,): pass
