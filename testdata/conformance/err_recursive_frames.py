# An error deep in a recursive descent parser: one traceback entry per frame.

def parse_expr(tokens, pos):
    left, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "+-":
        op = tokens[pos]
        right, pos = parse_term(tokens, pos + 1)
        left = left + right if op == "+" else left - right
    return left, pos


def parse_term(tokens, pos):
    left, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "*/":
        op = tokens[pos]
        right, pos = parse_atom(tokens, pos + 1)
        left = left * right if op == "*" else left / right
    return left, pos


def parse_atom(tokens, pos):
    tok = tokens[pos]
    if tok == "(":
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    return int(tok), pos + 1


def evaluate(text):
    tokens = text.replace("(", " ( ").replace(")", " ) ").split()
    return parse_expr(tokens, 0)[0]


for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "2 * (3 + (4 - 1)) * 2"]:
    print(f"{src} = {evaluate(src)}")
print(evaluate("8 / (3 - 3)"))
