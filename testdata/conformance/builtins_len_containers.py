# len() across built-in and user containers, and __len__ contract errors.

items = ["", "abc", "日本語", "😀", b"", b"\x00\x01", bytearray(3), [], [[]], (1, 2),
         {}, {"a": 1}, set(), {1, 2, 2}, frozenset("aab"), range(10), range(0, 100, 7),
         range(10, 0), "a\u0301", {"k": 1}.keys(), {"k": 1}.items(), memoryview(b"abcd")]
for obj in items:
    print(f"{type(obj).__name__:<12} {len(obj)}")

class Shelf:
    def __init__(self, *books):
        self.books = list(books)

    def __len__(self):
        return len(self.books)

    def __bool__(self):
        return any(self.books)

shelf = Shelf("Dune", "Emma")
print(len(shelf), bool(shelf), bool(Shelf()), bool(Shelf("")), len(Shelf()))

class OnlyLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

print(bool(OnlyLen(0)), bool(OnlyLen(3)), len(OnlyLen(2 ** 40)))
words = "the cat sat on the mat".split()
lengths = {w: len(w) for w in words}
print(lengths, sum(map(len, words)), max(words, key=len), len(set(words)))
print(len(str(2 ** 1000)), len(repr(1 / 3)), len(bin(255)) - 2, len([None] * 1000))
for bad in [OnlyLen(-1), OnlyLen(2 ** 70), OnlyLen("3"), 5, None, iter([1]), (x for x in "")]:
    try:
        print(len(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    bool(OnlyLen(-1))
except ValueError as e:
    print(type(e).__name__, e)
