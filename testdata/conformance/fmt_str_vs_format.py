# str methods (ljust/rjust/center/zfill) compared with the equivalent format specs.

samples = ["", "a", "ab", "abc", "abcd", "-12", "+7", "3.5", "é", "日本"]
mismatch = []
for s in samples:
    for width in (0, 1, 4, 7):
        pairs = [
            (s.ljust(width), format(s, f"<{width}") if width else s),
            (s.rjust(width), format(s, f">{width}") if width else s),
            (s.center(width), format(s, f"^{width}") if width else s),
            (s.ljust(width, "*"), format(s, f"*<{width}") if width else s),
        ]
        for a, b in pairs:
            if a != b:
                mismatch.append((s, width, a, b))
print("ljust/rjust vs format mismatches:", mismatch)
center_diffs = []
for s in ["a", "ab", "abc", "abcd", "x" * 5]:
    for width in range(len(s) + 1, len(s) + 5):
        a, b = s.center(width, "."), format(s, f".^{width}")
        if a != b:
            center_diffs.append((s, width, a, b))
for row in center_diffs:
    print("center differs:", row)
print([s.zfill(6) for s in ("42", "-42", "+42", "4.2", "abc", "-", "")])
print([format(int(s), "06") for s in ("42", "-42", "+42")], format(4.2, "06"), format(-4.2, "06.2f"))
print(repr("x".center(4)), repr(format("x", "^4")), repr("xy".center(5)), repr(format("xy", "^5")))
print(repr("x".center(4, "-")), repr("odd".center(6, "-")), repr(format("odd", "-^6")))
print("%-5s|%5s|" % ("ab", "ab"), "{:<5}|{:>5}|".format("ab", "ab"), f"{'ab':<5}|{'ab':>5}|")
print("%05d|%-05d|%+05d" % (42, 42, 42), f"{42:05d}|{42:<05d}|{42:+05d}")
print("%.3s|%.3f" % ("abcdef", 3.14159), f"{'abcdef':.3}|{3.14159:.3f}")
for bad in [lambda: "x".center(5, "ab"), lambda: "x".ljust("5"), lambda: "x".zfill(None)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
