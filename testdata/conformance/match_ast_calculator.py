# Class patterns over a small AST with dataclass-like classes written by hand.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class Var:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

class Call:
    __match_args__ = ("func", "args")
    def __init__(self, func, *args):
        self.func, self.args = func, list(args)

def show(node):
    match node:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(f, args):
            return f"{f}({', '.join(show(a) for a in args)})"

def derive(node, x):
    match node:
        case Num():
            return Num(0)
        case Var(name) if name == x:
            return Num(1)
        case Var():
            return Num(0)
        case BinOp("+" | "-" as op, l, r):
            return BinOp(op, derive(l, x), derive(r, x))
        case BinOp("*", l, r):
            return BinOp("+", BinOp("*", derive(l, x), r), BinOp("*", l, derive(r, x)))
        case BinOp("^", base, Num(n)):
            return BinOp("*", BinOp("*", Num(n), BinOp("^", base, Num(n - 1))), derive(base, x))
        case Call("sin", [arg]):
            return BinOp("*", Call("cos", arg), derive(arg, x))
        case Call("cos", [arg]):
            return BinOp("*", BinOp("*", Num(-1), Call("sin", arg)), derive(arg, x))
        case Call(name, _):
            raise NotImplementedError(f"cannot differentiate {name}")

def simplify(node):
    match node:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match op, l, r:
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("*", Num(1), e) | ("*", e, Num(1)):
                    return e
                case ("+", Num(0), e) | ("+", e, Num(0)):
                    return e
                case "^", e, Num(1):
                    return e
                case _, Num(a), Num(b):
                    return Num({"+": a + b, "-": a - b, "*": a * b, "^": a ** b}[op])
                case _:
                    return BinOp(op, l, r)
        case Call(f, args):
            return Call(f, *map(simplify, args))
        case _:
            return node

x = Var("x")
exprs = [
    BinOp("*", Num(3), x),
    BinOp("^", x, Num(3)),
    BinOp("+", BinOp("*", x, x), BinOp("*", Num(5), Var("y"))),
    Call("sin", BinOp("*", Num(2), x)),
    Call("cos", BinOp("^", x, Num(2))),
    BinOp("-", Num(7), Num(2)),
    Call("tan", x),
]
for e in exprs:
    try:
        print(f"d/dx {show(e):<18} = {show(simplify(derive(e, 'x')))}")
    except NotImplementedError as exc:
        print(f"d/dx {show(e):<18} ! {exc}")
