# memoryview basics, ranges past 64 bits, complex power and division, printf-style corner cases, descriptors.
data = bytearray(b"engine")
view = memoryview(data)
print(len(view), view[0], view[-1], bytes(view[1:4]), view[::2].tobytes(), view.tolist()[:2], view.readonly)
data[0] = ord("E")
print(view.tobytes(), view == b"Engine", view[2:] == bytearray(b"gine"), view.hex(), list(view[:3]))
with memoryview(b"abc") as m:
    print(m.nbytes, m.format, m.itemsize, m.shape, m.obj)
try:
    m[0]
except ValueError as exc:
    print("ValueError:", exc)

huge = range(-2 ** 65, 2 ** 65, 3 ** 20)
print(huge, huge[0], huge[-1], huge[5:7], 0 in huge, -2 ** 65 + 3 ** 20 in huge, huge.index(-2 ** 65 + 2 * 3 ** 20))
print(len(range(2 ** 62, 2 ** 62 + 10)), list(range(2 ** 64, 2 ** 64 + 3)), list(reversed(range(2 ** 64, 2 ** 64 + 2))))
print(range(0, 2 ** 70)[2 ** 69], range(2 ** 70)[::2 ** 68], hash(range(2 ** 66)) == hash(range(0, 2 ** 66, 1)))
print(range(0) == range(2 ** 80, 2 ** 80), range(2 ** 80, 2 ** 80 + 1) == range(2 ** 80, 2 ** 80 + 5, 7))
try:
    len(range(2 ** 64))
except OverflowError as exc:
    print("OverflowError:", exc)

for base, exp in [(1j, 2), (1 + 2j, -3), (2 + 3j, 0.5), (-8, 1 / 3), (1j, 1j), (0j, 0), (1.5 + 0.5j, 101), (3 - 4j, -101)]:
    print(base, "**", exp, "=", base ** exp)
print((1 + 2j) / (3 - 4j), (1e300 + 1e300j) / (1e-300 + 1e-300j) if False else 0, abs(3 + 4j), abs(-0.0 - 1e-320j))
for bad in [lambda: 0j ** -1, lambda: 0j ** 1j, lambda: (1e300 + 1e300j) ** 3, lambda: 1j / 0]:
    try:
        print(bad())
    except (ZeroDivisionError, OverflowError) as exc:
        print(type(exc).__name__, exc)
print(complex("1", ) if False else complex(-0.0), complex(1, -0.0), complex(-0.0, -0.0), complex(1j, 1j), complex(imag=-0.0))

print("%5.3d|%-6x|%#o|%+.2e|%c%c|%%|%x" % (7, 255, 8, 12345.6789, 65, "z", True))
print("%(a)s and %(b)r" % {"a": "x", "b": "y"}, "%s" % [1, 2], "%.1f%%" % 99.44)
print(b"%d %s %r %c|%-4b|" % (3, b"raw", b"q", 66, b"ab"), b"%x" % 255, b"%5.2f" % 2.5)
for fmt, args in [("%d", "x"), ("%c", 0x110000), ("%x", 1.5), ("%*d", ("a", 1)), ("%.*f", (2, 3.14159))]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as exc:
        print(type(exc).__name__, exc)

print(str.upper, int.__add__, list.append, type(str.join).__name__, type(int.__add__).__name__)
print(int.real, type(int.real).__name__, (5).real, True.denominator, (2.5).imag)
try:
    (7).imag = 1
except AttributeError as exc:
    print("AttributeError:", exc)
print([n for n in dir(1.0) if not n.startswith("_")], callable(staticmethod(len)), staticmethod(abs)(-3))
print(type(None)(), type(NotImplemented)(), type(...)(), type(int.from_bytes).__name__, int.from_bytes(b"\x01\x00", "big"))
print(isinstance(3, int | str), isinstance("s", int | None), isinstance(None, int | None), list[int] == list[int])
print(-7 // 2, -7 % 2, 10 ** 30 // -7, 10 ** 30 % -7, divmod(-10 ** 25, 3), (-10 ** 25) // -(10 ** 24 + 7))
print(pow(3, 4, 5), (3).__pow__(4, 5), (3).__pow__(2), pow(2, -1, 5), (2.0).__pow__(3))
