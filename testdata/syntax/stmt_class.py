class A: pass
class B(A): pass
class C(A, B, metaclass=M, **kw):
    x = 1
    def m(self): ...
@dec
@dec2(arg)
class D():
    '''doc'''
