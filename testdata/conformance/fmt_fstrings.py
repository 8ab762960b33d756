# f-strings: expressions, conversions, nested specs, = debugging and escaping.

name, score, ratio = "Bea", 87, 0.8765
items = ["pen", "ink", "paper"]
table = {"gold": 3, "silver": 5}
print(f"{name} scored {score} ({ratio:.1%})")
print(f"{name!r} {name!s} {name!a} {'ñ'!a} {items!r}")
print(f"{score:>6}|{score:<6}|{score:^6}|{score:06}|{score:+}|{score:x}|{score:#b}")
print(f"{len(items)} items: {', '.join(items)}; first={items[0]!r} last={items[-1].upper()}")
print(f"{table['gold']} gold, {table['silver']} silver, total {sum(table.values())}")
print(f"{score=}", f"{ratio = :.2f}", f"{name=!s}", f"{items[1]=}", f"{1 + 2=}", f"{score * 2 = }")
width, prec = 12, 3
print(f"[{ratio:{width}.{prec}f}] [{ratio:<{width}}] [{name:{'*'}^{width}}] [{score:{'>'}{width // 2}}]")
print(f"{{braces}} {{{score}}} {'{'}{'}'} {'single'} {'double' if False else 'quote'}")
print(f"{'yes' if score > 50 else 'no'} {[x * 2 for x in range(3)]} {(lambda v: v + 1)(score)}")
print(f"{3.0!r:>6}|{'é'!a:>8}|{items!s:.10}|{None!r}|{True!s:>5}")
nested = {"a": {"b": [1, 2, {"c": "deep"}]}}
print(f"{nested['a']['b'][2]['c']} {nested['a']['b'][-2]:03d}")
print(f"""triple {name}
second line {score:>4}""")
print(f"tab\t{name}\n{'newline in string'}", f"\x41{name}\u00e9", rf"raw\n{name}", fr"\t{score}")
print(f"{'%'}d {'%s' % 5} {f'{score:>{width}}'!r}")
value = 1234.5
for spec in (",", ".1f", "e", "_.2f", "010.2f", ">12", "+.0f"):
    print(f"{spec!r:>8} -> {value:{spec}}|")

class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec or "") + "°C"

t = Temp(21.5)
print(f"{t}|{t:.0F}|{t:>8.2f}|{t:F}")
print(f"{t.c:.{1 + 1}f}", f"{'abc'[::-1]}", f"{2**10:,}", f"{-5 % 3}", f"{ {'k': 1}['k'] }")
