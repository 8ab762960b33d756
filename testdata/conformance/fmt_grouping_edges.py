# Thousands separators with widths, zero padding, precision and negative numbers.

nums = [0, 5, 999, 1000, -1000, 12345, 123456, 1234567, -98765432, 10 ** 12, 2 ** 53]
for n in nums:
    print(f"{n:>16,}|{n:<16_}|{n:016,}|{n:+016,}|{n:#_b}"[:100])
floats = [0.0, 999.999, 1000.5, -1234.5678, 1e9 + 0.5, 123456789.123, 1.5e15]
for f in floats:
    print(f"{f:,}|{f:,.2f}|{f:_.1f}|{f:020,.2f}|{f:,.0f}|{f:,e}|{f:,g}|{f:,.1%}")
print(format(1234, "_x"), format(0xDEADBEEF, "_X"), format(0o7777777, "_o"), format(255, "_b"))
print(format(12, "09,"), format(1234, "09,"), format(-1, "06,"), format(123, "05_"))
print(format(1234567.0, "012,.1f"), format(-1234567.0, "013,.1f"), format(1e6, "010,.0f"))
print(format(123456789, ",d").split(","), int(format(123456789, "_")), float(format(1234.5, "_.1f")))
print("{:,}".format(10 ** 30), "{:_}".format(-(10 ** 25)), "{:,}".format(True))

def parse_grouped(text):
    return int(text.replace(",", "").replace("_", ""))

samples = [format(n, ",") for n in nums]
print(all(parse_grouped(s) == n for s, n in zip(samples, nums)), samples[-3:])
print(f"{1000:n}|{1234567:n}|{1234.5:n}|{0.0001:n}")

def ledger_line(label, amount):
    return f"{label:.<20}{amount:>+15,.2f}"

for label, amount in [("opening", 10500.0), ("rent", -1850.0), ("salary", 4321.09),
                      ("savings transfer", -2500.5), ("closing", 10470.59)]:
    print(ledger_line(label, amount))
