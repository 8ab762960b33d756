# Render rows as a Markdown table with alignment markers, and parse it back.

def render(headers, rows, aligns):
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells), 3) for i, h in enumerate(headers)]

    def fmt(text, width, align):
        return {"l": text.ljust, "r": text.rjust, "c": text.center}[align](width)

    lines = ["| " + " | ".join(fmt(h, w, a) for h, w, a in zip(headers, widths, aligns)) + " |"]
    rule = []
    for w, a in zip(widths, aligns):
        dashes = "-" * w
        rule.append({"l": ":" + dashes[1:], "r": dashes[1:] + ":", "c": ":" + dashes[2:] + ":"}[a])
    lines.append("| " + " | ".join(rule) + " |")
    for row in cells:
        lines.append("| " + " | ".join(fmt(c, w, a) for c, w, a in zip(row, widths, aligns)) + " |")
    return "\n".join(lines)


def parse(text):
    lines = [l.strip() for l in text.strip().splitlines()]
    split = lambda l: [c.strip() for c in l.strip("|").split("|")]
    headers = split(lines[0])
    aligns = []
    for marker in split(lines[1]):
        left, right = marker.startswith(":"), marker.endswith(":")
        aligns.append("c" if left and right else "r" if right else "l")
    return headers, [split(l) for l in lines[2:]], aligns


headers = ["Language", "Year", "Typing", "Score"]
rows = [("Python", 1991, "dynamic", 9.5), ("Go", 2009, "static", 8.75), ("C", 1972, "static", 7.0),
        ("Haskell", 1990, "static, inferred", 8.0), ("Lua", 1993, "dynamic", 6.25)]
aligns = ["l", "r", "c", "r"]
table = render(headers, rows, aligns)
print(table)
h2, r2, a2 = parse(table)
print(h2 == headers, a2 == aligns, r2[3], len(r2))
print(render(h2, sorted(r2, key=lambda r: -float(r[3])), a2))
print(render(["k"], [["a"], ["bb"]], ["c"]))
totals = [sum(float(r[3]) for r in r2), sum(int(r[1]) for r in r2) / len(r2)]
print(f"total score {totals[0]}, mean year {totals[1]:.1f}")
