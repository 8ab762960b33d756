# Closure cells shared between functions, rebinding after creation, and loops creating closures.
def make_pair():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    return get, set_

get, set_ = make_pair()
set_(42)
print(get(), get.__closure__[0] is set_.__closure__[0], get.__closure__[0].cell_contents)

def handlers():
    out = {}
    for name in ("open", "save", "quit"):
        def handler(name=name):
            return f"handling {name}"
        out[name] = handler
    late = []
    for name in ("a", "b"):
        late.append(lambda: name)
    return out, [f() for f in late]

table, late_values = handlers()
print([table[k]() for k in table], late_values)

def outer():
    results = []
    x = 1

    def show():
        results.append(x)

    show()
    x = 2
    show()
    del x
    try:
        show()
    except NameError as exc:
        results.append(f"{type(exc).__name__}: {exc}")
    return results

print(outer())

def fib_generator_factory():
    a, b = 0, 1

    def next_fib():
        nonlocal a, b
        a, b = b, a + b
        return a

    return next_fib

nf = fib_generator_factory()
print([nf() for _ in range(10)])

def accumulate():
    total = []
    def add(x):
        total.append(x)   # mutation needs no nonlocal
        return sum(total)
    return add

acc = accumulate()
print(acc(5), acc(10), acc(-3))

def level1():
    a = "L1"
    def level2():
        b = "L2"
        def level3():
            nonlocal a
            a = a + "+L3"
            return a + b
        return level3
    f = level2()
    r = f()
    return r, a

print(level1())

def counter_class_vs_closure():
    class C:
        n = 0
        def inc(self):
            C.n += 1
            return C.n
    c = C()
    return [c.inc() for _ in range(3)], C.n

print(counter_class_vs_closure())
print(make_pair.__code__.co_cellvars, get.__code__.co_freevars, set_.__code__.co_freevars)
