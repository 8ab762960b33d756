class C(A, *bases, metaclass=M, **kw): pass
