# slice objects as first-class values: named column slices for a fixed-width file.

record_layout = {"id": slice(0, 4), "name": slice(4, 14), "city": slice(14, 24), "amount": slice(24, None)}
lines = [
    "0001Alice     Paris       120.50",
    "0002Bob       Lyon          8.00",
    "0003Charlotte Marseille  1999.99",
]
for line in lines:
    fields = {k: line[s].strip() for k, s in record_layout.items()}
    fields["id"] = int(fields["id"])
    fields["amount"] = float(fields["amount"])
    print(fields)

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(3), slice(1, None), slice(None, None, -1))
print(s.indices(5), s.indices(100), slice(-3, None).indices(10), slice(None, None, -2).indices(7))
print(slice(-100, 100).indices(6), slice(5, 1, -1).indices(3), len(range(*slice(0, 50, 7).indices(30))))
data = list(range(20))
evens, odds, tail = slice(None, None, 2), slice(1, None, 2), slice(-3, None)
print(data[evens], data[odds], data[tail], "abcdefgh"[evens], tuple(range(8))[odds])
data[evens] = [0] * 10
print(data)
del data[tail]
print(data, len(data))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice(0, 5) < slice(0, 6), sorted([slice(2), slice(1)], key=lambda x: x.stop))
print(slice("a", "b", "c"), slice(1.5, None).start, [1, 2, 3][slice(None, None, -1)])

class Recorder:
    def __getitem__(self, key):
        return key

r = Recorder()
print(r[1:2], r[::], r[:5], r[1:2, 3], r[::-1], r[slice(7)], r["a":"b"])
for bad in [lambda: slice(0, 5, 0).indices(3), lambda: slice(1, 2).indices(-1),
            lambda: [1][slice("a", None)], lambda: hash(slice(1)), lambda: slice()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
