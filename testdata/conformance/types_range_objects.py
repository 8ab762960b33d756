# range objects: len, indexing, slicing, reversed, membership, repr, equality.

ranges = [range(10), range(2, 20, 3), range(10, 0, -2), range(0), range(-5, 5),
          range(5, 5), range(0, -10, -3), range(1, 2 ** 70, 2 ** 60)]
for r in ranges:
    print(f"{r!r:30} len={len(r):<4} first={r[0] if r else None!r:<5} "
          f"last={r[-1] if r else None!r:<20} list={list(r)[:5]}")

r = range(3, 30, 4)
print(r[2], r[-1], r[1:4], r[::-1], r[::2], r[-2:], r[10:], list(r[1:-1:2]))
print(7 in r, 8 in r, 27 in r, 31 in r, 7.0 in r, "7" in r, r.index(15), r.count(19))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), sum(range(101)))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 3) == range(0, 11, 3))
print(range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2], r.start, r.stop, r.step)
print(str(range(4)), range(2, 8)[1:3], range(10)[::-3], range(0, 10 ** 20, 7)[-1])
print(hash(range(3)) == hash(range(0, 3)), max(range(7)), min(range(3, 9, 2)))

def batches(total, size):
    return [range(start, min(start + size, total)) for start in range(0, total, size)]

for b in batches(11, 4):
    print(b, list(b), len(b))

big = range(0, 10 ** 18, 3)
print(len(big), big[10 ** 16], 999999999999999999 in big, big.index(3 * 10 ** 15))
for i, value in enumerate(range(100, 90, -3)):
    print(i, value, end="; ")
print()
for bad in [lambda: range(0, 10, 0), lambda: range(5)[5], lambda: range(1.5),
            lambda: range(3).index(7), lambda: len(range(10 ** 20)), lambda: range(3)[1] == 1 and range(3)["a"]]:
    try:
        bad()
    except (ValueError, IndexError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
