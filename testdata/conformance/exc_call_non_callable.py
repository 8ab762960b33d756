# Calling something that is not callable: a dispatch table with one bad entry.
def add(a, b):
    return a + b

def sub(a, b):
    return a - b

OPERATIONS = {
    "add": add,
    "sub": sub,
    "mul": lambda a, b: a * b,
    "neg": lambda a: -a,
    "pow": pow,
    "zero": 0,  # a mistake: not a function
}

def apply(name, *args):
    op = OPERATIONS[name]
    return op(*args)

for name, args in [("add", (2, 3)), ("sub", (10, 4)), ("mul", (6, 7)), ("neg", (5,)), ("pow", (2, 10))]:
    print(f"{name}{args} = {apply(name, *args)}")

for name, args in [("neg", (1, 2)), ("missing", ())]:
    try:
        apply(name, *args)
    except (TypeError, KeyError) as exc:
        print(f"{type(exc).__name__}: {exc}")

callables = {k: callable(v) for k, v in OPERATIONS.items()}
print(callables)
result = OPERATIONS["add"](1, 2) + OPERATIONS["zero"](3)
print(result)
