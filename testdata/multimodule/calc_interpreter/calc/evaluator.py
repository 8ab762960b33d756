import math
import operator
from fractions import Fraction

from .nodes import Assign, BinOp, Call, Neg, Num, Var

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "%": operator.mod, "**": operator.pow}
FUNCS = {"sqrt": (1, lambda x: Fraction(math.isqrt(x.numerator)) if x.denominator == 1 and math.isqrt(x.numerator) ** 2 == x.numerator else math.sqrt(x)),
         "floor": (1, math.floor), "max": (None, max), "abs": (1, abs)}


class EvalError(Exception):
    pass


class Evaluator:
    def __init__(self):
        self.variables = {}

    def run(self, node):
        match node:
            case Num(value):
                return value
            case Var(name):
                try:
                    return self.variables[name]
                except KeyError:
                    raise EvalError(f"name {name!r} is not defined") from None
            case Neg(operand):
                return -self.run(operand)
            case BinOp(op, left, right):
                a, b = self.run(left), self.run(right)
                try:
                    return OPS[op](a, b)
                except ZeroDivisionError as e:
                    raise EvalError(f"division by zero in {op!r}: {e}") from e
            case Call(func, args):
                arity, fn = FUNCS[func]
                if arity is not None and len(args) != arity:
                    raise EvalError(f"{func}() takes {arity} argument(s), got {len(args)}")
                return fn(*(self.run(a) for a in args))
            case Assign(name, value):
                self.variables[name] = self.run(value)
                return self.variables[name]
        raise EvalError(f"cannot evaluate {node!r}")
