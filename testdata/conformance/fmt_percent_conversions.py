# printf-style % formatting: every conversion letter with flags, width and precision.

values = [0, 42, -42, 255, 3.14159, -0.5, 1e10, 1.5e-7]
convs = ["%d", "%i", "%u", "%o", "%x", "%X", "%e", "%E", "%f", "%F", "%g", "%G", "%r", "%s", "%a"]
for conv in convs:
    row = []
    for v in values:
        if conv in ("%o", "%x", "%X") and isinstance(v, float):
            row.append("n/a")
        else:
            row.append(conv % v)
    print(f"{conv:>3}: " + " | ".join(row))

print("%5d|%-5d|%05d|%+d|% d|%+5d|%-+6d|%05.1f|%.3d" % (42, 42, 42, 42, 42, -42, 42, 2.25, 7))
print("%#o|%#x|%#X|%#5x|%-#8o|%#.3x|%08.3e|%-10.2f|" % (8, 255, 255, 10, 8, 5, 12345.678, 3.14159))
print("%c%c%c|%5c|%-3c|" % (72, "i", 0x1F600, "x", 65))
print("%s|%10s|%-10s|%.2s|%10.3s|%*s|%-*s|%.*f" % ("a", "right", "left", "trunc", "abcdef", 6, "w", 6, "w", 2, 3.14159))
print("%r|%a|%s" % ("é\n", "é\n", "é\n"), "%s" % [1, 2], "%s" % ((1, 2),), "%d%%" % 50)
print("%(name)s is %(age)d; %(name)r again, %(age)05.1f" % {"name": "Ada", "age": 36})
print("%(x)s %(x)s %%(x)s" % {"x": 1}, "%s" % {"k": "v"}, "100%%" % (), "%s%s" % ("a", "b"))
print("%d" % 3.99, "%d" % -3.99, "%x" % 2 ** 70, "%d" % True, "%.0f" % 0.5, "%.0f" % 1.5, "%i" % 1e3)
print("%g|%g|%g|%g|%#g|%.2g|%.10g" % (100000, 1000000, 0.0001, 0.00001, 1.0, 123, 1 / 3))
print("%f|%e|%g" % (float("inf"), float("-inf"), float("nan")), "%5.1f%%" % 99.44, "%-6s|" % None)
print(b"%s %d %x %c %b" % (b"bytes", 5, 255, 65, b"raw"), b"%(k)s" % {b"k": b"v"}, b"%%" % ())
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", (1,)),
                  ("%c", 0x110000), ("%c", "ab"), ("%x", 1.5), ("%s %(a)s", {"a": 1}), ("%", ()),
                  ("%(a", {"a": 1}), ("%*d", ("x", 1))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(f"{fmt!r}: {type(e).__name__}: {e}")
