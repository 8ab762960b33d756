# An arithmetic expression evaluator: tokenizer, recursive-descent parser, AST, evaluation.
class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"{self.kind}:{self.text}"

class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at position {pos}")

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            tokens.append(Token("num", src[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
        elif src.startswith("**", i):
            tokens.append(Token("op", "**", i))
            i += 2
        elif ch in "+-*/%(),=":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", "", len(src)))
    return tokens

class Parser:
    # expr: term (+|- term)*; term: unary (*|/|% unary)*; unary: -unary | power; power: atom (** unary)?
    def __init__(self, tokens):
        self.tokens, self.i = tokens, 0
    def peek(self):
        return self.tokens[self.i]
    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise ParseError(f"expected {text!r}, found {tok.text or 'end'!r}", tok.pos)
        self.i += 1
        return tok
    def parse(self):
        node = self.expr()
        if self.peek().kind != "end":
            raise ParseError(f"unexpected {self.peek().text!r}", self.peek().pos)
        return node
    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            node = (self.take().text, node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.peek().text in ("*", "/", "%"):
            node = (self.take().text, node, self.unary())
        return node
    def unary(self):
        if self.peek().text == "-":
            self.take()
            return ("neg", self.unary())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek().text == "**":
            self.take()
            return ("**", base, self.unary())
        return base
    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return ("num", float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = [] if self.peek().text == ")" else [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return ("call", tok.text, args)
            return ("var", tok.text)
        if tok.text == "(":
            node = self.expr()
            self.take(")")
            return node
        raise ParseError(f"unexpected {tok.text or 'end'!r}", tok.pos)
FUNCS = {"max": max, "min": min, "abs": abs, "sq": lambda x: x * x}
BINOPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
          "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}
def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        return FUNCS[node[1]](*(evaluate(a, env) for a in node[2]))
    return BINOPS[kind](evaluate(node[1], env), evaluate(node[2], env))
env = {"x": 3, "y": 4.5, "n": 10}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "-2 ** 2", "2 ** 3 ** 2", "x * y - n / 4", "max(x, sq(y), 7) % 5",
            "abs(-x) + min(n, 2)", "10 / 4", "7 % -3", "1 +", "2 * (3 + 4", "3 $ 4", "zz + 1", "1 / (x - 3)"]:
    try:
        tree = Parser(tokenize(src)).parse()
        print(f"{src:<22} = {evaluate(tree, env)!r}")
    except ParseError as exc:
        print(f"{src:<22} ! ParseError: {exc}")
    except (KeyError, ZeroDivisionError) as exc:
        print(f"{src:<22} ! {type(exc).__name__}: {exc}")
