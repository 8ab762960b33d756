import re

END = re.compile(r"[.!?]+[\"')\]]*")


def sentences(text):
    text = " ".join(text.split())
    parts = []
    start = 0
    for m in END.finditer(text):
        piece = text[start:m.end()].strip()
        if piece:
            parts.append(piece)
        start = m.end()
    rest = text[start:].strip()
    if rest:
        parts.append(rest)
    return parts
