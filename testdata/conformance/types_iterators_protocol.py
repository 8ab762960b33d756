# The iterator protocol: iter, next with defaults, sentinels, StopIteration.

letters = iter("abc")
print(next(letters), next(letters), next(letters), next(letters, "done"), next(letters, None))
try:
    next(letters)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)

numbers = [1, 2, 3, 0, 4, 5]
feed = iter(numbers)
read_until_zero = list(iter(lambda: next(feed), 0))
print(read_until_zero, list(feed))

class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

cd = Countdown(4)
print(list(cd), list(cd), iter(cd) is cd)
print([x * 10 for x in Countdown(3)], sum(Countdown(100)), max(Countdown(5)))

class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __getitem__(self, i):
        return self.cards[i]

print(list(Deck("xyz")), "y" in Deck("xyz"), list(reversed(Deck([1, 2, 3]).cards)))
it = iter([10, 20, 30, 40])
for x in it:
    if x == 20:
        print("skipping", next(it))
    else:
        print("saw", x)
pairs = iter(range(8))
print(list(zip(pairs, pairs)))
d = {"a": 1, "b": 2}
dit = iter(d.items())
print(next(dit), type(dit).__name__, type(iter([])).__name__, type(iter("")).__name__)
print(type(iter(range(3))).__name__, type(iter(())).__name__, type(iter(set())).__name__)
gen = (n * n for n in range(4))
print(next(gen), list(gen), list(gen))
rit = reversed([1, 2, 3])
print(next(rit), list(rit), type(rit).__name__)
m = map(str.upper, ["x", "y"])
print(next(m), next(m), next(m, "end"))
for bad in [lambda: iter(5), lambda: next([1, 2]), lambda: iter(len, 0, 1), lambda: next(iter([]))]:
    try:
        bad()
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, repr(str(e)))
