# The f-string = specifier with conversions, specs and whitespace preservation.

width = 10
price = 1234.5678
name = "widget"
items = [1, 2, 3]
ratio = 2 / 3
flag = True
print(f"{price=}")
print(f"{price = }")
print(f"{price=:.2f}")
print(f"{price = :>12,.1f}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=!r:>12}")
print(f"{name = !a}")
print(f"{items=}", f"{len(items)=}", f"{items[1:]=}", f"{sum(items) * 2=}")
print(f"{ratio=:.3%}", f"{flag=}", f"{not flag=}", f"{None=}")
print(f"{width=:{width}}|", f"{price=:{width}.{2}f}|")
print(f"{'literal'=}", f"{3 + 4j=}", f"{2 ** 10=:,}", f"{[x * x for x in items]=}")
print(f"{ price = }", f"{price   =}", f"{(price, name)=}")
d = {"k": [10, 20]}
print(f"{d['k'][0]=}", f"{d=}")


class P:
    def __repr__(self):
        return "P-repr"

    def __str__(self):
        return "P-str"

    def __format__(self, spec):
        return f"P-format({spec!r})"


p = P()
print(f"{p=}", f"{p=!s}", f"{p=:x}", f"{p}", f"{p!r}", f"{p:>5}")
print(f"{p = !s:>8}")
