# Every binary operator with its reflected form: a tracer shows which method Python calls.
OPS = [
    ("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "truediv"), ("//", "floordiv"), ("%", "mod"),
    ("**", "pow"), ("@", "matmul"), ("<<", "lshift"), (">>", "rshift"), ("&", "and"), ("|", "or"), ("^", "xor"),
]
calls = []

def make_methods(cls_name, accept):
    namespace = {}
    for symbol, name in OPS:
        def forward(self, other, name=name):
            calls.append(f"{cls_name}.__{name}__")
            return f"{cls_name}.{name}" if accept(other) else NotImplemented

        def reflected(self, other, name=name):
            calls.append(f"{cls_name}.__r{name}__")
            return f"{cls_name}.r{name}" if accept(other) else NotImplemented

        namespace[f"__{name}__"] = forward
        namespace[f"__r{name}__"] = reflected
    namespace["__divmod__"] = lambda self, other: (calls.append(f"{cls_name}.__divmod__"), "divmod")[1]
    namespace["__rdivmod__"] = lambda self, other: (calls.append(f"{cls_name}.__rdivmod__"), "rdivmod")[1]
    return namespace

Left = type("Left", (), make_methods("Left", lambda o: isinstance(o, int)))
Picky = type("Picky", (), make_methods("Picky", lambda o: False))
Right = type("Right", (), make_methods("Right", lambda o: True))
SubRight = type("SubRight", (Right,), make_methods("SubRight", lambda o: True))

def apply(symbol, a, b):
    return eval(f"a {symbol} b", {"a": a, "b": b})

for symbol, name in OPS:
    results = []
    for a, b in ((Left(), 3), (3, Left()), (Picky(), Right()), (Right(), SubRight())):
        calls.clear()
        try:
            results.append(f"{apply(symbol, a, b)} via {calls}")
        except TypeError as exc:
            results.append(f"TypeError({exc}) via {calls}")
    print(f"{symbol:>2}: " + " | ".join(results))

calls.clear()
print(divmod(Left(), 1), divmod(1, Left()), calls)
calls.clear()
print(pow(Left(), 2), calls)
calls.clear()
print("ternary pow passes the modulus as a third argument:", pow(Left(), 2, 5), calls)
try:
    ~Left()
except TypeError as exc:
    print("TypeError:", exc)
try:
    Picky() < Picky()
except TypeError as exc:
    print("TypeError:", exc)
