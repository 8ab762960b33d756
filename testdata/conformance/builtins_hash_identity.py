# hash() of ints, floats, tuples and frozensets (deterministic values), and hashability.

ints = [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64 + 5, -(2 ** 61), 10 ** 20, 123456789]
for n in ints:
    print(f"{n:>22} {hash(n):>22}")
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(1e100), hash(float("inf")), hash(-float("inf")))
print(hash(True), hash(False), hash(2 + 0j) == hash(2), hash(1.5 + 0j) == hash(1.5), hash(0j))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)))
print(hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(None) == hash(None))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(slice(1, 2)) if False else "slice skip")

cache = {}

def memo_path_count(r, c):
    key = (r, c)
    if key in cache:
        return cache[key]
    if r == 0 or c == 0:
        result = 1
    else:
        result = memo_path_count(r - 1, c) + memo_path_count(r, c - 1)
    cache[key] = result
    return result

print(memo_path_count(16, 16), len(cache), (3, 3) in cache, cache[(2, 2)])
keys = {1: "int", 1.0: "float", True: "bool", (1,): "tuple", frozenset([1]): "fs"}
print(keys, len(keys))
print({0.0, -0.0, 0, False}, {2, 2.0, 2 + 0j}, {10 ** 20, float(10 ** 20)})

class Token:
    def __init__(self, kind, text):
        self.kind, self.text = kind, text

    def __eq__(self, other):
        return isinstance(other, Token) and (self.kind, self.text) == (other.kind, other.text)

    def __hash__(self):
        return hash((self.kind, self.text))

    def __repr__(self):
        return f"Token({self.kind!r}, {self.text!r})"

seen = {Token("num", "1"), Token("num", "1"), Token("op", "+")}
print(len(seen), Token("op", "+") in seen, hash(Token("a", "b")) == hash(("a", "b")))

class NoHash:
    def __eq__(self, other):
        return True

print(NoHash.__hash__, NoHash() == 5)
for bad in [lambda: hash([]), lambda: hash({}), lambda: hash((1, [2])), lambda: hash(NoHash()),
            lambda: {set(): 1}, lambda: hash(bytearray(b"x"))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
