# Simplifying and evaluating expression trees written as nested tuples, using match.
def simplify(expr):
    match expr:
        case ("+", a, b):
            a, b = simplify(a), simplify(b)
            match a, b:
                case (0, x) | (x, 0):
                    return x
                case (int(x), int(y)):
                    return x + y
                case _:
                    return ("+", a, b)
        case ("*", a, b):
            a, b = simplify(a), simplify(b)
            match a, b:
                case (0, _) | (_, 0):
                    return 0
                case (1, x) | (x, 1):
                    return x
                case (int(x), int(y)):
                    return x * y
                case _:
                    return ("*", a, b)
        case ("-", a):
            match simplify(a):
                case ("-", inner):
                    return inner
                case int(n):
                    return -n
                case other:
                    return ("-", other)
        case ("let", str(name), value, body):
            return simplify(substitute(body, name, simplify(value)))
        case int() | str():
            return expr
        case _:
            raise ValueError(f"bad expression {expr!r}")

def substitute(expr, name, value):
    match expr:
        case str() if expr == name:
            return value
        case (op, *args):
            return (op, *(substitute(a, name, value) for a in args))
        case _:
            return expr

def show(expr):
    match expr:
        case (op, a, b):
            return f"({show(a)} {op} {show(b)})"
        case ("-", a):
            return f"-{show(a)}"
        case _:
            return str(expr)

examples = [
    ("+", 1, 2),
    ("+", "x", 0),
    ("*", ("+", 2, 3), "y"),
    ("*", ("+", "a", "b"), 0),
    ("-", ("-", "z")),
    ("-", ("+", 4, 5)),
    ("let", "x", ("+", 1, 1), ("*", "x", ("+", "x", "w"))),
    ("*", 1, ("+", ("*", "q", 1), ("-", 0))),
]
for e in examples:
    print(f"{show(e):<32} => {show(simplify(e))}")
try:
    simplify(("/", 1, 2))
except ValueError as exc:
    print("ValueError:", exc)
