# Calls of closures kept in a local, inlined with their free variables as
# constants guarded at each entry of the loop (jit_closure.go).


def integrate(a, b, steps):
    scale = 3.0

    def f(x):
        return scale * x * x + 1.0

    h = (b - a) / steps
    s = 0.0
    for i in range(steps):
        s += f(a + (i + 0.5) * h)
    return s * h


def rescaled(n):
    # the cell changes between two runs of the loop: the second entry
    # sees another number and the loop compiles again
    k = 2

    def g(x):
        return x * k + 1

    total = 0
    for rnd in range(3):
        for i in range(n):
            total += g(i)
        k = k + 5
    return total


def overflow(n):
    # an int free variable near 2**63: the inlined product overflows and
    # the interpreter redoes the call with big ints
    big = 2 ** 62

    def m(x):
        return x * big

    t = 0
    for i in range(n):
        t += m(i) % 7
    return t


def setter(n):
    # the loop calls a closure that stores into the cell: not inlined,
    # results as Python's
    c = 1

    def bump():
        nonlocal c
        c += 1
        return c

    def get(x):
        return x + c

    s = 0
    for i in range(n):
        s += get(i)
        if i % 10 == 0:
            bump()
    return s


def rebound(n):
    # the loop rebinds the local: not inlined
    w = 0.5

    def p(x):
        return x * w

    def q(x):
        return x - w

    s = 0.0
    for i in range(n):
        s += p(i)
        p, q = q, p
    return s


def holds_list(n):
    # a free variable that is not a number: not inlined
    xs = [1, 2, 3]

    def first(x):
        return x + len(xs)

    s = 0
    for i in range(n):
        s += first(i)
    return s


print(round(integrate(0.0, 2.0, 5000), 9))
print(rescaled(100))
print(overflow(50))
print(setter(100))
print(rebound(100))
print(holds_list(100))
