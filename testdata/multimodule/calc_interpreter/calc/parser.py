from fractions import Fraction

from .nodes import Assign, BinOp, Call, Neg, Num, Var


class ParseError(Exception):
    def __init__(self, message, column):
        super().__init__(message)
        self.column = column


class _Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def take(self, text=None):
        t = self.tok
        if text is not None and t.text != text:
            raise ParseError(f"expected {text!r}, found {t.text or 'end of input'!r}", t.column)
        self.i += 1
        return t

    def statement(self):
        if self.tok.kind == "name" and self.tokens[self.i + 1].text == "=":
            name = self.take().text
            self.take("=")
            return Assign(name, self.expr())
        return self.expr()

    def expr(self):
        node = self.term()
        while self.tok.text in ("+", "-"):
            op = self.take().text
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.tok.text in ("*", "/", "%"):
            op = self.take().text
            node = BinOp(op, node, self.factor())
        return node

    def factor(self):
        if self.tok.text == "-":
            self.take()
            return Neg(self.factor())
        base = self.atom()
        if self.tok.text == "**":
            self.take()
            return BinOp("**", base, self.factor())
        return base

    def atom(self):
        t = self.tok
        if t.kind == "num":
            self.take()
            return Num(Fraction(t.text))
        if t.kind == "name":
            self.take()
            if self.tok.text == "(":
                self.take("(")
                args = [self.expr()]
                while self.tok.text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return Call(t.text, tuple(args))
            return Var(t.text)
        if t.text == "(":
            self.take()
            node = self.expr()
            self.take(")")
            return node
        raise ParseError(f"unexpected {t.text or 'end of input'!r}", t.column)


def parse(tokens):
    p = _Parser(tokens)
    node = p.statement()
    if p.tok.kind != "end":
        raise ParseError(f"unexpected {p.tok.text!r} after expression", p.tok.column)
    return node
