# A sparse vector container: __getitem__/__setitem__/__delitem__ with ints, slices and errors.
class SparseVector:
    def __init__(self, length, items=None):
        self.length = length
        self.data = {}
        for i, v in (items or {}).items():
            self[i] = v

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"indices must be integers or slices, not {type(i).__name__}")
        if i < 0:
            i += self.length
        if not 0 <= i < self.length:
            raise IndexError("sparse index out of range")
        return i

    def __len__(self):
        return self.length

    def __getitem__(self, key):
        if isinstance(key, slice):
            indices = range(*key.indices(self.length))
            return SparseVector(len(indices), {n: self.data[i] for n, i in enumerate(indices) if i in self.data})
        return self.data.get(self._index(key), 0)

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            indices = range(*key.indices(self.length))
            values = list(value)
            if len(values) != len(indices):
                raise ValueError(f"slice assignment needs {len(indices)} values, got {len(values)}")
            for i, v in zip(indices, values):
                self[i] = v
            return
        i = self._index(key)
        if value:
            self.data[i] = value
        else:
            self.data.pop(i, None)

    def __delitem__(self, key):
        i = self._index(key)
        self.data = {(j - 1 if j > i else j): v for j, v in self.data.items() if j != i}
        self.length -= 1

    def __iter__(self):
        return (self.data.get(i, 0) for i in range(self.length))

    def __contains__(self, value):
        return value in self.data.values() or (value == 0 and len(self.data) < self.length)

    def __eq__(self, other):
        return isinstance(other, SparseVector) and (self.length, self.data) == (other.length, other.data)

    def __repr__(self):
        return f"SparseVector({self.length}, {dict(sorted(self.data.items()))})"

v = SparseVector(10, {1: 5, 4: -2, 9: 7})
print(v, list(v))
print(v[1], v[-1], v[2], v[::3], v[1:5])
v[2] = 8
v[4] = 0
v[7:10] = [1, 0, 3]
print(v, len(v), sum(v), 3 in v, 0 in v, 100 in v)
del v[0]
print(v, list(v))
print(v == SparseVector(9, {0: 5, 1: 8, 6: 1, 8: 3}), v[::-1])
for bad in (lambda: v[42], lambda: v["a"], lambda: v.__setitem__(slice(0, 3), [1]), lambda: v[1.5]):
    try:
        bad()
    except (IndexError, TypeError, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")
full = SparseVector(3, {0: 1, 1: 1, 2: 1})
print(0 in full, list(reversed(list(full))), sorted(v, reverse=True)[:3])
