# Tokenizer + shunting-yard + RPN evaluator for arithmetic with variables.

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(src[i:j])
            i = j
        elif ch in "+-*/%^()":
            tokens.append(ch)
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens


def to_rpn(tokens):
    out, stack = [], []
    for tok in tokens:
        if tok in PREC:
            while stack and stack[-1] in PREC and (
                    PREC[stack[-1]] > PREC[tok] or (PREC[stack[-1]] == PREC[tok] and tok not in RIGHT)):
                out.append(stack.pop())
            stack.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced ')'")
            stack.pop()
        else:
            out.append(tok)
    while stack:
        op = stack.pop()
        if op == "(":
            raise SyntaxError("unbalanced '('")
        out.append(op)
    return out


def evaluate(rpn, env):
    stack = []
    for tok in rpn:
        if tok in PREC:
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b if tok == "/" else 0,
                          "%": a % b if tok == "%" else 0, "^": a ** b if tok == "^" else 0}[tok])
        elif isinstance(tok, str):
            stack.append(env[tok])
        else:
            stack.append(tok)
    return stack[0]


env = {"x": 3, "y": 4.5, "big": 10 ** 20, "rate": 0.07}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * y - 1", "big * big + 1", "17 % 5 * 2",
            "100 * (1 + rate) ^ 10", "2 ^ 0.5", "1.5 + .25"]:
    rpn = to_rpn(tokenize(src))
    print(f"{src:<24} rpn={' '.join(map(str, rpn)):<28} = {evaluate(rpn, env)!r}")
for src in ["1 + (2", "3 $ 4", "2 + 3)", "x / 0", "unknown + 1", "7 % 0"]:
    try:
        print(src, "=", evaluate(to_rpn(tokenize(src)), env))
    except (SyntaxError, ZeroDivisionError, KeyError) as e:
        print(f"{src!r}: {type(e).__name__}: {e}")
