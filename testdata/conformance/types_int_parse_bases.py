# Parsing integers from text in different bases, and printing them back.

samples = [("42", 10), ("-42", 10), ("  17  ", 10), ("1_000_000", 10),
           ("ff", 16), ("FF", 16), ("0xff", 16), ("0xFF", 0), ("0o17", 0),
           ("0b1011", 0), ("z", 36), ("Zz", 36), ("777", 8), ("101", 2),
           ("+12", 10), ("0", 0), ("00", 0), ("10", 3)]

for text, base in samples:
    value = int(text, base)
    print(f"int({text!r}, {base}) = {value}")

bad_inputs = [("12a", 10), ("", 10), ("0x", 16), ("1__0", 10), ("_1", 10),
              ("08", 0), ("2", 2), ("1.5", 10), ("abc", 37)]
for text, base in bad_inputs:
    try:
        int(text, base)
    except ValueError as e:
        print(type(e).__name__, e)

def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, d = divmod(n, base)
        out.append(digits[d])
    return sign + "".join(reversed(out))

for n in (0, 5, 255, -255, 2 ** 64, 123456789):
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    back = [int(s, b) for s, b in zip(row, (2, 8, 16, 36))]
    print(n, row, all(x == n for x in back))

print(hex(255), oct(255), bin(255), hex(-255), oct(-8), bin(-5))
print(int(3.99), int(-3.99), int(True), int("٣"), int(" -0 "))
print(int(10 ** 20 + 0.0), int(1e20))
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("5", 10.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
