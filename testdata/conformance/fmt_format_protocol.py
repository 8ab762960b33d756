# __format__ implementations on user classes and how format() falls back.

class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        symbol = {"USD": "$", "EUR": "€", "JPY": "¥"}[self.currency]
        if spec == "code":
            return f"{self.cents / 100:.2f} {self.currency}"
        amount = f"{abs(self.cents) / 100:,.2f}"
        text = ("-" if self.cents < 0 else "") + symbol + amount
        return format(text, spec)

    def __str__(self):
        return format(self, "")

class Plain:
    def __str__(self):
        return "plain-str"

    def __repr__(self):
        return "Plain()"

class Percent(float):
    def __format__(self, spec):
        return super().__format__(spec or ".1%")

ledger = [Money(123456), Money(-999, "EUR"), Money(5, "JPY"), Money(0)]
for m in ledger:
    print(f"[{m}] [{m:>14}] [{m:*<14}] [{m:code}] [{str(m)}]")
print("{}|{!s:>12}|{!r}".format(Plain(), Plain(), Plain()))
print(format(Plain()), f"{Plain()!s:^14}", "%s" % Plain())
ratio = Percent(0.4567)
print(f"{ratio}|{ratio:.3f}|{ratio:>10.2%}|{float(ratio)}|{ratio + 1}")

class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __format__(self, spec):
        cells = [[format(v, spec or "g") for v in row] for row in self.rows]
        w = max(len(c) for row in cells for c in row)
        return "\n".join(" ".join(c.rjust(w) for c in row) for row in cells)

m = Matrix([[1, 2.5, -3], [10, 0.125, 1e6]])
print(f"{m}")
print(f"{m:.2f}")
print(format(m, "+.1e"))
print(object.__format__(Plain(), ""), int.__format__(7, "03"), str.__format__("a", ">3"))
for bad in [lambda: format(Plain(), "x"), lambda: format(Money(1), "d"),
            lambda: Money(1, "GBP").__format__("")]:
    try:
        bad()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
