# Cython pure-mode declarations are type facts for jitlens's JIT: each
# declared function (or its loops) compiles at once, even under a threshold
# no loop reaches (jit_cython_test.go); values never change type.
import cython


@cython.locals(total=cython.double, i=cython.longlong, x=cython.double)
def poly(n):
    total = 0.0
    for i in range(n):
        x = (i % 7) * 0.5
        total += x * x - x
    return total


def annotated(n: cython.longlong, step: cython.double) -> cython.double:
    acc = 0.0
    for i in range(n):
        acc += i * step
    return acc


@cython.cfunc
def cfunc_sum(n: cython.int) -> cython.int:
    s = 0
    for i in range(n):
        s += i % 3
    return s


@cython.ccall
def ccall_max(n):
    best = 0
    for i in range(n):
        v = (i * 37) % 101
        if v > best:
            best = v
    return best


def declared(n):
    cython.declare(s=cython.longlong, k=cython.longlong)
    s = 0
    for k in range(n):
        s += k * k % 11
    return s


class Acc:
    def __init__(self, scale):
        self.scale = scale

    @cython.locals(t=cython.double, j=cython.longlong)
    def run(self, n):
        t = 0.0
        for j in range(n):
            t += j * 0.25
        return t * self.scale


@cython.locals(x=cython.double, i=cython.longlong)
def mismatch(x, n):
    # called with an int for a double: Python keeps the int, so the
    # declaration is no fact here and nothing compiles early
    for i in range(n):
        x = x + i
    return x


def undeclared(n):
    s = 0
    for i in range(n):
        s += (i * 7) % 5
    return s


print(poly(50), annotated(30, 0.5), cfunc_sum(40), ccall_max(300), declared(60))
print(Acc(2.0).run(20), mismatch(3, 5), undeclared(10))
