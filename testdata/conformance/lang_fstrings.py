# f-strings: conversions, format specs, nested fields, '=' debugging, escapes.
class Temp:
    def __init__(self, celsius):
        self.celsius = celsius

    def __repr__(self):
        return f"Temp({self.celsius!r})"

    def __str__(self):
        return f"{self.celsius:.1f}°C"

    def __format__(self, spec):
        if spec.endswith("F"):
            inner = spec[:-1] or ".1f"
            return format(self.celsius * 9 / 5 + 32, inner) + "°F"
        return format(str(self), spec)

t = Temp(21.5)
print(f"{t}|{t!s}|{t!r}|{t!a}")
print(f"{t:F}|{t:.3F}|{t:>12}|{t:*^14}")

name, width, precision = "pi", 10, 4
value = 3.14159265
print(f"{name!r:>{width}} = {value:{width}.{precision}f}")
print(f"{value=}", f"{value = :.2f}", f"{name=!s}", f"{width * 2 = }")
print(f"{1 + 2=}", f"{'nested ' + name!r}")

rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 100, 0.1)]
print(f"{'item':<10}|{'qty':>5}|{'price':>8}|{'total':>8}")
print(f"{'':-<10}+{'':->5}+{'':->8}+{'':->8}")
for item, qty, price in rows:
    print(f"{item:<10}|{qty:>5d}|{price:>8.2f}|{qty * price:>8.2f}")

n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:#o} {n:#b} {n:08b} {n:,} {10**6:_}")
print(f"{-42:+d} {42:+d} {42: d} {0.5:%} {0.125:.1%} {1234.5:e} {1234.5:.2E} {1e-7:g}")
print(f"{'left':<8}|{'right':>8}|{'center':^8}|{42:=+8}|{3.5:010.3f}")
print(f"{{literal braces}} {{{n}}}")
items = ["a", "b"]
print(f"{items[0]}{items[-1]} {dict(k=1)['k']} {len(items)!r}")
print(f"{'x' if n > 100 else 'y'} {(lambda z: z * 2)(21)} {[i * i for i in range(4)]}")
print(f"{n!r:^9}|{str(n)!r}|{'tab':\x3e6}")
print(f"multi {name}"
      f" line {value:.1f}"
      " plain")
nested_spec = ">8"
print(f"{'ok':{nested_spec}}|{3.14159:{'.'}{3}}")
try:
    print(f"{n:s}")
except ValueError as exc:
    print("ValueError:", exc)
try:
    print(f"{'text':d}")
except ValueError as exc:
    print("ValueError:", exc)
