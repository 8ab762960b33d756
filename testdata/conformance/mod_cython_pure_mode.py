# Cython pure-Python mode: under jitlens, as in plain Python, cython.compiled
# is False, the C type names cast values and the decorators change nothing.
try:
    import cython
except ImportError:  # CPython without Cython: a minimal stand-in with the same behaviour
    class _Typedef:
        def __init__(self, base, name):
            self.base, self.name = base, name

        def __call__(self, *args):
            if len(args) == 1 and isinstance(args[0], self.base):
                return args[0]
            return self.base(*args)

        def __repr__(self):
            return self.name

    class _Noop:
        def __call__(self, f):
            return f

        def __enter__(self):
            pass

        def __exit__(self, *exc):
            pass

    import builtins

    class cython:
        compiled = False
        int = _Typedef(builtins.int, "int")
        long = _Typedef(builtins.int, "long")
        longlong = _Typedef(builtins.int, "long long")
        Py_ssize_t = _Typedef(builtins.int, "Py_ssize_t")
        double = _Typedef(builtins.float, "double")
        float = _Typedef(builtins.float, "float")
        bint = _Typedef(builtins.bool, "bint")
        cfunc = ccall = cclass = nogil = _Noop()

        @staticmethod
        def locals(**types):
            return lambda f: f

        @staticmethod
        def returns(t):
            return _Noop()

        @staticmethod
        def boundscheck(flag):
            return _Noop()

        wraparound = cdivision = boundscheck

        @staticmethod
        def declare(t=None, value=None):
            return None if value is None else t(value)

        @staticmethod
        def cast(t, value):
            return t(value)

        @staticmethod
        def inline(f):
            return f


@cython.locals(i=cython.Py_ssize_t, total=cython.double)
def mean(values):
    total = 0.0
    for i in range(len(values)):
        total += values[i]
    return total / len(values)


@cython.cfunc
@cython.returns(cython.long)
def fib(n: cython.int) -> cython.long:
    a: cython.long = 0
    b: cython.long = 1
    for _ in range(n):
        a, b = b, a + b
    return a


@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
def primes(limit: cython.int):
    sieve = [True] * (limit + 1)
    out = []
    p: cython.int
    for p in range(2, limit + 1):
        if sieve[p]:
            out.append(p)
            for q in range(p * p, limit + 1, p):
                sieve[q] = False
    return out


@cython.inline
def clamp(x):
    return max(0, min(255, x))


print(cython.compiled)
print(mean([1, 2, 3, 4]), fib(30), primes(40), [clamp(v) for v in (-5, 7, 300)])
n = cython.declare(cython.int, 7)
x = cython.declare(cython.double, 2)
flag = cython.declare(cython.bint, 3)
unset = cython.declare(cython.int)
print(n, x, flag, unset)
print(cython.int(3.99), cython.double(5), cython.bint(0), cython.cast(cython.int, 9.5), cython.long(True))
print(repr(cython.int), repr(cython.double), repr(cython.longlong), repr(cython.Py_ssize_t), repr(cython.bint))
with cython.nogil:
    print("inside nogil")
with cython.cdivision(True):
    print(-7 // 2, -7 % 2)
