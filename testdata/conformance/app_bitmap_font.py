# Rendering text with a 3x5 bitmap font stored as integers, plus scaling and inversion.

FONT = {
    "0": 0x7B6F, "1": 0x2C97, "2": 0x73E7, "3": 0x73CF, "4": 0x5BC9, "5": 0x79CF,
    "6": 0x79EF, "7": 0x7249, "8": 0x7BEF, "9": 0x7BCF, " ": 0x0000, ":": 0x0410,
    "-": 0x01C0, "H": 0x5BED, "I": 0x7497, "E": 0x79E7, "L": 0x4927, "O": 0x7B6F,
}


def glyph_rows(ch):
    bits = FONT[ch]
    return [(bits >> (3 * (4 - row))) & 0b111 for row in range(5)]


def render(text, on="#", off=".", scale=1):
    lines = []
    for row in range(5):
        parts = []
        for ch in text:
            bits = glyph_rows(ch)[row]
            cell = "".join(on if bits & (4 >> col) else off for col in range(3))
            parts.append("".join(c * scale for c in cell))
        line = off.join(parts)
        lines.extend([line] * scale)
    return "\n".join(lines)


print(render("12:45"))
print()
print(render("HELLO", on="█", off=" "))
print()
print(render("2024", scale=2, off=" "))
print()
print([f"{FONT[d]:015b}" for d in "018"])
print({ch: bin(FONT[ch]).count("1") for ch in "0123456789"})
inverted = render("10").translate(str.maketrans("#.", ".#"))
print(inverted)
widths = [len(line) for line in render("0123456789").splitlines()]
print(widths, sum(FONT[d] for d in "0123456789") % 65536, hex(FONT["8"] ^ FONT["0"]))
try:
    render("abc")
except KeyError as e:
    print(type(e).__name__, e)
