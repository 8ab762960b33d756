# Alignment with width counts code points, not display cells: a menu with accents and emoji.

menu = [("Café au lait", 3.5), ("Crème brûlée", 6.25), ("Smørrebrød", 9.0),
        ("Pho 🍜", 11.0), ("寿司", 14.75), ("Tea", 2.0)]
width = max(len(name) for name, _ in menu)
print("width", width)
for name, price in menu:
    print(f"|{name:<{width}}|{price:>7.2f}|{name:>{width}}|{name:^{width + 2}}|")
print("%-14s|%6.2f|" % menu[0], "%14s|" % menu[4][0])
print("{:*^16}".format("日本語"), "{:-<8}".format("é"), "{:>5}".format("e\u0301"))
print(len("e\u0301"), len("é"), "e\u0301".center(5, "."), "é".center(5, "."))
print("ß".upper().center(6, "|"), "Ǆ".ljust(3, "x"), "ﬃ".rjust(3, "_"))

def visual_pad(text, width):
    wide = sum(1 for ch in text if ord(ch) >= 0x1100 and not 0x300 <= ord(ch) < 0x370)
    marks = sum(1 for ch in text if 0x300 <= ord(ch) < 0x370)
    return text + " " * max(0, width - len(text) - wide + marks)

for name, price in menu:
    print(visual_pad(name, 16) + f"{price:6.2f}")
for fill in ("·", "—", "\u3000", "😀"):
    print(f"[{'mid':{fill}^9}] [{7:{fill}>5}] [{-7:{fill}=5}]")
print(f"{'x':\t>4}|{'x':\n^3}|".replace("\t", "\\t").replace("\n", "\\n"))
print(repr(f"{'tab':\t<6}"), repr("{:\x00>4}".format("z")))
print("%-6s|%6s|" % ("ñ", "😀"), "{:^7}".format("👍🏽"), len("👍🏽"))
