import re

from .words import WORDS


def match_pattern(pattern):
    rx = re.compile(pattern.replace("?", "[a-z]"))
    return [w for w in WORDS if rx.fullmatch(w)]
