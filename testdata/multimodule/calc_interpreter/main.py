"""A calculator language: a regex lexer, a recursive-descent parser that
builds dataclass nodes, an evaluator with exact Fractions, variables and
functions from math, and error messages that point at the column."""
from fractions import Fraction

from calc.lexer import tokenize, LexError
from calc.parser import parse, ParseError
from calc.evaluator import Evaluator, EvalError
from calc.printer import show

ev = Evaluator()
PROGRAM = [
    "x = 3/4 + 1/6",
    "y = x * 12",
    "2 ** 10 - y",
    "-(x - 1) * 3",
    "sqrt(16) + floor(7/2) + max(1, 5/2, 2)",
    "r = 2; pi_ish = 22/7; area = pi_ish * r ** 2",
    "area / r",
    "1 / (x - 11/12)",
    "7 % 3 + 2 ** -2",
    "unknown + 1",
    "3 + * 4",
    "4 $ 2",
    "sqrt(2, 3)",
    "(1 + 2",
]
for src in PROGRAM:
    try:
        for stmt in src.split(";"):
            tree = parse(tokenize(stmt.strip()))
            value = ev.run(tree)
        print(f"{src:<42} => {show(value)}")
    except (LexError, ParseError) as e:
        print(f"{src:<42} !! {type(e).__name__}: {e}")
        print(f"      {src}\n      {' ' * e.column}^")
    except EvalError as e:
        print(f"{src:<42} !! {e}")
print(sorted(ev.variables.items()))
print(parse(tokenize("a = -b ** 2 + f(1, c)")))
print(ev.variables["x"] == Fraction(11, 12), float(ev.variables["area"]))
