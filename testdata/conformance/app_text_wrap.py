# Greedy word wrapping, full justification and centered titles for a fixed width.

TEXT = ("Conformance tests pin down behaviour precisely: every character of output, "
        "every space, and every newline must match the reference implementation. "
        "Small differences in float formatting or in the order of dictionary keys are "
        "enough to fail a test, so programs print deterministic results only. "
        "Supercalifragilisticexpialidocious-words-longer-than-the-line get split.")


def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width - 1] + "-")
            word = word[width - 1:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in (28, 40):
    lines = wrap(TEXT, width)
    print("+" + "-" * width + "+")
    print("|" + ("WRAPPED TO %d" % width).ljust(width) + "|")
    print("|" + f"{'(centered title)':^{width}}" + "|")
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
    print("+" + "-" * width + "+")
    print(len(lines), "lines, widths", sorted({len(l) for l in lines}))

words = TEXT.split()
print(len(words), "words;", sum(map(len, words)), "letters; longest:", max(words, key=len)[:20])
print(TEXT[:60].rjust(70, "."))
print(" ".join(w.capitalize() for w in TEXT.split()[:8]))
print(TEXT.count("e"), TEXT.lower().count("the"), TEXT.find("Small"), TEXT.rfind("s"))
