# Building text: join, str methods, % formatting, str.format, and f-strings in a report generator.
records = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 99.999), ("Nut", 1000, 0.02)]

print("%-12s|%5s|%9s" % ("name", "qty", "price"))
for name, qty, price in records:
    print("%-12s|%5d|%9.2f" % (name, qty, price))
print("%(name)s has %(qty)03d items (%(pct).1f%%)" % {"name": "Nut", "qty": 7, "pct": 12.345})
print("%s %r %a %c %x %o %e %g %%" % ("s", "r", "é", 65, 255, 8, 12345.678, 0.0001))

template = "{0:<12}|{1:>5}|{2:>9.2f}"
for rec in records[:2]:
    print(template.format(*rec))
print("{name} owes {amount:,.2f} ({pct:.0%})".format(name="bob", amount=1234567.891, pct=0.256))
print("{0[0]}-{0[1]} {1.real} {2[key]}".format("ab", 3 + 4j, {"key": "v"}))
print("{:*^20}".format(" centered "), "{:>{w}}".format("dyn", w=6), "{!r:>8}".format("rep"))

parts = []
for i, (name, qty, price) in enumerate(records, 1):
    parts.append(f"{i}. {name.lower():.<14}{qty * price:>10,.2f}")
print("\n".join(parts))

csv = ",".join(str(q) for _, q, _ in records)
print(csv, csv.split(","), csv.count(","), csv.replace(",", ";", 2))
title = "the quick brown fox"
print(title.title(), title.capitalize(), title.upper().swapcase() == title, title.split(" ", 1))
print(title.center(25, "~"), title.find("quick"), title.rfind("o"), title.index("fox"))
print("  padded  ".strip(), "xxhixx".strip("x"), "abc".zfill(6), "-42".zfill(5), "tab\tsep".expandtabs(4))
print("a-b_c d".partition("_"), "a-b_c d".rpartition("-"), "line1\nline2\r\nline3".splitlines())
print("".join(reversed("stressed")), "ab" * 3, "-" * 0 == "", "Mississippi".count("ss"))
print(" ".join(w[::-1] for w in title.split()), str.join("+", "abc"))
print(f"{'nested ' f'{1 + 1}'}", "{}{}".format(*"ab"), "%s" % ((1, 2),), "%d%%" % 50)
try:
    print("%d" % "x")
except TypeError as exc:
    print("TypeError:", exc)
try:
    print("{} {}".format(1))
except IndexError as exc:
    print("IndexError:", exc)
try:
    print("%s %s" % ("only one",))
except TypeError as exc:
    print("TypeError:", exc)
