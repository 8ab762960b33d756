# Command-line number base converter: arguments like "0x1F", "0b101", "777@8", "-42".
import sys


def parse(arg):
    if "@" in arg:
        digits, base = arg.split("@")
        return int(digits, int(base)), int(base)
    return int(arg, 0), 10


def to_base(n, base):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    sign, n = ("-", -n) if n < 0 else ("", n)
    out = ""
    while n:
        n, d = divmod(n, base)
        out = alphabet[d] + out
    return sign + out


args = sys.argv[1:]
print("program:", sys.argv[0], "| arguments:", len(args))
for arg in args:
    try:
        value, base = parse(arg)
    except ValueError as e:
        print(f"{arg!r}: error: {e}")
        continue
    print(f"{arg!r} (base {base}) = {value}")
    print(f"    bin {bin(value)}  oct {oct(value)}  hex {hex(value)}  b36 {to_base(value, 36)}")
    print(f"    bits {value.bit_length()}  popcount {bin(value).count('1')}  "
          f"bytes {value.to_bytes((value.bit_length() + 8) // 8, 'big', signed=True).hex()}")
values = []
for arg in args:
    try:
        values.append(parse(arg)[0])
    except ValueError:
        pass
print("sum", sum(values), "max", max(values), "sorted", sorted(values))
print("all bases of max:", {b: to_base(max(values), b) for b in (2, 3, 7, 16, 36)})
