# Text layout: greedy wrapping, full justification, centring, and a boxed banner.
TEXT = ("Python performance advisors watch a program run, find the lines where time goes, "
        "and suggest changes: type annotations, smarter loops, or a compiled extension. "
        "Supercalifragilisticexpialidocious words must still fit somewhere.")

def wrap(text, width):
    lines, line = [], []
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(line)
                line = []
            lines.append([word[:width - 1] + "-"])
            word = word[width - 1:]
        if line and len(" ".join(line + [word])) > width:
            lines.append(line)
            line = []
        line.append(word)
    if line:
        lines.append(line)
    return lines

def justify(words, width, last=False):
    if last or len(words) == 1:
        return " ".join(words).ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]

def render(text, width, mode):
    lines = wrap(text, width)
    out = []
    for i, words in enumerate(lines):
        joined = " ".join(words)
        if mode == "left":
            out.append(joined)
        elif mode == "right":
            out.append(joined.rjust(width))
        elif mode == "center":
            out.append(joined.center(width).rstrip())
        else:
            out.append(justify(words, width, last=i == len(lines) - 1).rstrip())
    return out

for mode, width in (("left", 30), ("justify", 30), ("right", 24), ("center", 36)):
    print(f"--- {mode} ({width}) ---")
    for line in render(TEXT, width, mode):
        print(f"|{line:<{width}}|")

def banner(lines, pad=1):
    width = max(map(len, lines)) + 2 * pad
    top = "+" + "-" * width + "+"
    body = [f"|{' ' * pad}{line:^{width - 2 * pad}}{' ' * pad}|" for line in lines]
    return "\n".join([top, *body, top])

print(banner(["jitlens", "a Python performance advisor", "v0.1"]))
