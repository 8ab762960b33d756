# The type constructors called with no arguments, with conversions, and with bad input.

print(repr(int()), repr(float()), repr(complex()), repr(str()), repr(bool()), repr(bytes()))
print(list(), tuple(), dict(), set(), frozenset(), bytearray(), repr(object.__name__))
print(int("  -12 "), int(7.9), int(-7.9), int(b"42"), int(bytearray(b"17")), int("١٢٣"))
print(float("  2.5e3 "), float(7), float("-0"), float(b"1.5"), float("nan") != float("nan"))
print(complex("3+4j"), complex(3), complex(1, 1), complex("-1.5e2-2j"), complex(imag=2))
print(str(12), str(1.0), str(None), str([1, "a"]), str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"))
print(str(b"x\xff", "ascii", "replace"), str(object="kw"), str(3 + 0j), str(-0.0))
print(bool(0), bool(0.1), bool("0"), bool([]), bool(()), bool(None), bool(range(1)))
print(list("abc"), list((1, 2)), list({"x": 1}), list(range(3)), list(b"AB"), list(map(abs, [-1])))
print(tuple([1, 2]), tuple("xy"), tuple({1: 2}.items()), tuple(x for x in range(2)))
print(dict(a=1), dict([("k", "v")]), dict({"x": 1}, y=2), dict(zip("ab", "cd")), dict([(1, 2), [3, 4]]))
print(set("banana") == {"a", "b", "n"}, sorted(set("banana")), set([3, 1, 3]), frozenset(range(4)))
print(bytes("héllo", "utf-8"), bytes([1, 2, 255]), bytes(3), bytes(bytearray(b"ab")), bytes(range(3)))
print(bytearray("ab", "ascii"), bytearray([65]), bytearray(2), bytearray(b"xy") + b"z")
print(type(int("5")).__name__, isinstance(bool(), int), int is type(0), type(1.0)(2))

class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __int__(self):
        return int(self.degrees)

    def __float__(self):
        return float(self.degrees)

    def __index__(self):
        return round(self.degrees)

    def __str__(self):
        return f"{self.degrees}°C"

    def __bool__(self):
        return self.degrees > 0

c = Celsius(21.6)
print(int(c), float(c), str(c), bool(c), bool(Celsius(-3)), hex(c), [0, 1, 2][Celsius(1.2)])
for bad in [lambda: int("1e3"), lambda: int([1]), lambda: float("1,5"), lambda: float([]),
            lambda: complex("j j"), lambda: complex("1", 2), lambda: list(5), lambda: tuple(None),
            lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: set([[]]), lambda: bytes("x"),
            lambda: bytes(-1), lambda: str(b"\xff", "utf-8"), lambda: bool(1, 2)]:
    try:
        bad()
    except (ValueError, TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
