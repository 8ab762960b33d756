# An RPN calculator reading lines from stdin; errors go to stderr, the exit status counts them.
import sys

OPS = {
    "+": (2, lambda a, b: a + b),
    "-": (2, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, lambda a, b: a / b),
    "//": (2, lambda a, b: a // b),
    "^": (2, lambda a, b: a ** b),
    "neg": (1, lambda a: -a),
    "sqrt": (1, lambda a: a ** 0.5),
    "dup": (1, lambda a: (a, a)),
    "swap": (2, lambda a, b: (b, a)),
}

def number(tok):
    try:
        return int(tok)
    except ValueError:
        return float(tok)

def run_line(line, memory):
    stack = []
    for tok in line.split():
        if tok in OPS:
            arity, fn = OPS[tok]
            if len(stack) < arity:
                raise IndexError(f"{tok!r} needs {arity} operand(s), stack has {len(stack)}")
            args = stack[-arity:]
            del stack[-arity:]
            result = fn(*args)
            stack.extend(result if isinstance(result, tuple) else (result,))
        elif tok.startswith("=") and len(tok) > 1:
            memory[tok[1:]] = stack[-1]
        elif tok.startswith("$"):
            stack.append(memory[tok[1:]])
        else:
            stack.append(number(tok))
    if len(stack) != 1:
        raise ValueError(f"expected one result, stack is {stack}")
    return stack[0]

memory = {}
failures = 0
for n, line in enumerate(sys.stdin, start=1):
    line = line.strip()
    if not line:
        continue
    try:
        result = run_line(line, memory)
        print(f"{line:<28} = {result!r}")
    except (IndexError, ValueError, ZeroDivisionError, KeyError, OverflowError) as exc:
        failures += 1
        print(f"line {n}: {line!r}: {type(exc).__name__}: {exc}", file=sys.stderr)
print("memory:", dict(sorted(memory.items())))
sys.exit(failures)
