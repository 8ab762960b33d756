# Floor division and modulo with every combination of signs,
# checked against the identity a == (a // b) * b + a % b.

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 7), (-5, 7),
         (10 ** 20 + 3, 7), (-(10 ** 20) - 3, 7), (1, -10 ** 25)]

print(f"{'a':>24} {'b':>27} {'a//b':>24} {'a%b':>27} ok")
for a, b in pairs:
    q, r = a // b, a % b
    ok = q * b + r == a and (r == 0 or (r > 0) == (b > 0))
    print(f"{a:>24} {b:>27} {q:>24} {r:>27} {ok}")

print(divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print([n % 4 for n in range(-8, 9)])
print([n // 4 for n in range(-8, 9)])
print([-n // 3 for n in range(7)])
print([-(n // 3) for n in range(7)])

# Clock arithmetic keeps results in range even for negative offsets.
def clock(hour, delta):
    return (hour + delta) % 12 or 12

for start, delta in [(9, 5), (9, -10), (1, -13), (12, 0), (3, -27)]:
    print(f"{start:2d}:00 {delta:+4d}h -> {clock(start, delta):2d}:00")

# Integer division of negative amounts into equal shares.
def split_bill(cents, people):
    base, extra = divmod(cents, people)
    return [base + (1 if i < extra else 0) for i in range(people)]

for cents, people in [(1000, 3), (1001, 4), (-1000, 3), (7, 10)]:
    shares = split_bill(cents, people)
    print(cents, people, shares, sum(shares) == cents)

for a, b in [(1, 0), (0, 0), (-5, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(a, op, b, type(e).__name__, e)
