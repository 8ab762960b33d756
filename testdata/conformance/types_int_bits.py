# Bit manipulation on non-negative and negative integers.

def show(label, value):
    print(f"{label:<14} {value:>6} {bin(value):>14} {value.bit_length():>3}")

values = [0, 1, 5, 255, 256, -1, -5, -256, 1023]
for v in values:
    show("value", v)

print("and/or/xor with negatives")
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10)]:
    print(a, b, a & b, a | b, a ^ b, ~a, ~b)

print("shifts")
for v in (1, 7, -7, -1, 2 ** 40):
    print(v, v << 3, v >> 1, v >> 3, v >> 100)

# A small bitset of permissions.
READ, WRITE, EXEC, ADMIN = 1, 2, 4, 8
names = {READ: "read", WRITE: "write", EXEC: "exec", ADMIN: "admin"}

def describe(mask):
    parts = [names[bit] for bit in sorted(names) if mask & bit]
    return "|".join(parts) or "none"

mask = READ | WRITE
print(describe(mask), mask)
mask |= ADMIN
print(describe(mask), mask)
mask &= ~WRITE
print(describe(mask), mask)
mask ^= EXEC | READ
print(describe(mask), mask)

def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

print([popcount(n) for n in range(17)])
print([n.bit_count() for n in (0, 7, 255, -7, 2 ** 64 - 1)])
print((-1) & 0xFF, (-2) & 0xFFFF, -129 & 0xFF)
print(((1 << 64) - 1) ^ (1 << 63), (1 << 100) | 1)
print(-(1 << 70) >> 65, ~(1 << 70))
for bad in (-1, -100):
    try:
        print(1 << bad)
    except ValueError as e:
        print(type(e).__name__, e)
