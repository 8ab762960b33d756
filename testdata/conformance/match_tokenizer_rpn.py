# A tokenizer that classifies characters with match and a calculator that folds tokens.
def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        match text[i]:
            case " " | "\t":
                i += 1
            case "(" | ")" as paren:
                tokens.append(("paren", paren))
                i += 1
            case "+" | "-" | "*" | "/" as op:
                tokens.append(("op", op))
                i += 1
            case ch if ch.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(("int", int(text[i:j])))
                i = j
            case ch if ch.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            case other:
                tokens.append(("error", other))
                i += 1
    return tokens

def to_rpn(tokens):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}
    out, ops = [], []
    for tok in tokens:
        match tok:
            case ("int", _) | ("name", _):
                out.append(tok)
            case ("op", op):
                while ops and ops[-1][0] == "op" and prec[ops[-1][1]] >= prec[op]:
                    out.append(ops.pop())
                ops.append(tok)
            case ("paren", "("):
                ops.append(tok)
            case ("paren", ")"):
                while ops and ops[-1] != ("paren", "("):
                    out.append(ops.pop())
                if not ops:
                    raise SyntaxError("unbalanced ')'")
                ops.pop()
            case ("error", ch):
                raise SyntaxError(f"bad character {ch!r}")
    while ops:
        if ops[-1][0] == "paren":
            raise SyntaxError("unbalanced '('")
        out.append(ops.pop())
    return out

def evaluate(rpn, env):
    stack = []
    for tok in rpn:
        match tok:
            case ("int", n):
                stack.append(n)
            case ("name", name):
                stack.append(env[name])
            case ("op", "+"):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ("op", "-"):
                b, a = stack.pop(), stack.pop()
                stack.append(a - b)
            case ("op", "*"):
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case ("op", "/"):
                b, a = stack.pop(), stack.pop()
                stack.append(a // b)
    [result] = stack
    return result

env = {"x": 7, "rate2": 3}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * rate2 - 4 / 2", "100 / (x - 2) / 2", "2 * (3 + 4", "5 % 2", "3 + 4)"]:
    try:
        rpn = to_rpn(tokenize(src))
        shown = " ".join(str(v) for _, v in rpn)
        print(f"{src:<20} rpn: {shown:<22} = {evaluate(rpn, env)}")
    except SyntaxError as exc:
        print(f"{src:<20} SyntaxError: {exc}")
