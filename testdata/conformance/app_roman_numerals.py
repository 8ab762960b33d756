# Roman numeral conversion both ways, validation, and arithmetic on numerals.

VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
SYMBOL = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range 1..3999")
    out = []
    for value, letters in VALUES:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(text):
    text = text.strip().upper()
    if not text or any(ch not in SYMBOL for ch in text):
        raise ValueError(f"invalid numeral {text!r}")
    total = 0
    for ch, nxt in zip(text, text[1:] + " "):
        v = SYMBOL[ch]
        total += -v if nxt != " " and SYMBOL[nxt] > v else v
    if to_roman(total) != text:
        raise ValueError(f"non-canonical numeral {text!r} (canonical {to_roman(total)})")
    return total


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666):
    r = to_roman(n)
    print(f"{n:>5} -> {r:<12} -> {from_roman(r)}")
print([to_roman(n) for n in range(1, 21)])
print(sum(len(to_roman(n)) for n in range(1, 4000)), max(range(1, 4000), key=lambda n: len(to_roman(n))))
print(to_roman(from_roman("mcmxc") + from_roman("XII")), to_roman(from_roman("MMM") // 7))
for bad in ("IIII", "VX", "MMMM", "", "ABC", "iiv", " xl "):
    try:
        print(repr(bad), from_roman(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for bad in (0, 4000, -5, 2.5, True, "12"):
    try:
        print(to_roman(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
