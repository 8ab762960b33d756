# bool as an int subclass, truthiness of every built-in type, and None.

print(True + True, True * 10, False - 1, True / 2, True // 2, -True, ~True, ~False)
print(repr(True), str(False), bool(), int(True), float(False), True == 1, False == 0.0)
print(True is True, isinstance(True, int), issubclass(bool, int), type(True).__name__)
print(True & False, True | False, True ^ True, 5 & True, True << 3)
print(sum([True, False, True, True]), max(False, True), sorted([True, False, 1, 0]))
print({True: "a", 1: "b", 1.0: "c"}, {0, False, 0.0}, hash(True), hash(False))

candidates = [0, 1, -1, 0.0, -0.0, 0.1, 0j, 1j, "", " ", "0", b"", b"\x00", [], [0],
              (), ((),), {}, {0: 0}, set(), {0}, range(0), range(1), None,
              frozenset(), bytearray(), float("nan")]
for value in candidates:
    print(f"{value!r:>14} -> {bool(value)!s:<5} {'truthy' if value else 'falsy'}")

print(None, repr(None), type(None).__name__, None is None, None == None, None == 0)
print(str(None).upper(), [None] * 3, (None,), {None: None}, bool(None))

def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return None

for target in (3, 9):
    pos = find([5, 3, 1], target)
    print(target, pos, pos is None, "missing" if pos is None else f"at {pos}")

print(0 or "default", "" or [] or None, 1 and "yes", 0 and "never", None or 0)
print(not None, not 0, not "x", (1 < 2) == True, (1 < 2 < 3) + (3 > 2 > 1))
print(True.real, True.imag, True.numerator, True.denominator, (5).conjugate())
print(bool("False"), bool([[]]), [x for x in [0, 1, "", "a", None, 2.5] if x])
for bad in (lambda: None + 1, lambda: None < 1, lambda: len(None), lambda: abs(None)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
