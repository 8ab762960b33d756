import re
from typing import NamedTuple

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%(),=]))")


class Token(NamedTuple):
    kind: str
    text: str
    column: int


class LexError(Exception):
    def __init__(self, message, column):
        super().__init__(message)
        self.column = column


def tokenize(src):
    pos = 0
    tokens = []
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            col = len(src) - len(src[pos:].lstrip())
            raise LexError(f"unexpected character {src[col]!r} at column {col}", col)
        kind = m.lastgroup
        tokens.append(Token(kind, m.group(kind), m.start(kind)))
        pos = m.end()
    tokens.append(Token("end", "", len(src)))
    return tokens
