# Spelling numbers in English words, ordinals, and a cheque-writing helper.

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, rest = divmod(n, 10)
        return TENS[tens] + ("-" + ONES[rest] if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return ONES[hundreds] + " hundred" + (" and " + words(rest) if rest else "")
    for size, name in SCALES:
        if n >= size:
            major, rest = divmod(n, size)
            tail = ""
            if rest:
                tail = (" and " if rest < 100 else ", ") + words(rest)
            return words(major) + " " + name + tail
    raise ValueError(n)


def ordinal(n):
    w = words(n)
    irregular = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                 "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
    head, sep, last = w.rpartition(" ") if " " in w else ("", "", w)
    prefix, dash, unit = last.rpartition("-")
    if unit in irregular:
        unit = irregular[unit]
    elif unit.endswith("y"):
        unit = unit[:-1] + "ieth"
    else:
        unit += "th"
    return head + sep + prefix + dash + unit


for n in (0, 7, 13, 20, 21, 99, 100, 101, 342, 1000, 1001, 1999, 20020, 123456, 1000000, 7000000021,
          -45, 10 ** 12 + 1):
    print(f"{n:>15,} {words(n)}")
print([ordinal(n) for n in (1, 2, 3, 4, 5, 8, 9, 12, 20, 21, 40, 99, 100, 101, 1000)])


def cheque(amount):
    cents = round(amount * 100)
    euros, cents = divmod(cents, 100)
    text = words(euros).capitalize() + (" euro" if euros == 1 else " euros")
    return f"{text} and {cents:02d}/100"


for amount in (1, 12.5, 1999.99, 100000.01, 0.99):
    print(f"{amount:>12,.2f}  {cheque(amount)}")
lengths = {n: len(words(n).replace(" ", "").replace("-", "")) for n in range(1, 1001)}
print(sum(lengths.values()), max(lengths, key=lengths.get), words(max(lengths, key=lengths.get)))
