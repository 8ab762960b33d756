import re


def kwic(text, keyword, width=20):
    flat = " ".join(text.split())
    out = []
    for m in re.finditer(r"\b%s\b" % re.escape(keyword), flat, flags=re.IGNORECASE):
        left = flat[max(0, m.start() - width):m.start()]
        right = flat[m.end():m.end() + width]
        out.append(f"{left:>{width}} [{m.group(0)}] {right:<{width}}|")
    return out
