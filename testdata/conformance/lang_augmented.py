# Augmented assignment on names, attributes, subscripts; in-place vs rebinding.
counter = 10
counter += 5
counter -= 3
counter *= 4
counter //= 5
counter %= 7
counter **= 3
counter <<= 2
counter >>= 1
counter |= 0b1000
counter &= 0xFF
counter ^= 0b101
print("counter", counter)

value = 7.0
value /= 2
value **= 2
print("value", value)

# lists are mutated in place by +=, tuples are rebound
items = [1, 2]
alias = items
items += [3]
print(items, alias, items is alias)

frozen = (1, 2)
frozen_alias = frozen
frozen += (3,)
print(frozen, frozen_alias, frozen is frozen_alias)

text = "ab"
text *= 3
print(text)

class Stats:
    total = 0  # class attribute, shadowed on first += through an instance

    def __init__(self):
        self.hits = {"a": 0}

s1, s2 = Stats(), Stats()
s1.total += 5
print(s1.total, s2.total, Stats.total)
Stats.total += 1
print(s1.total, s2.total, Stats.total)

s1.hits["a"] += 1
s1.hits.setdefault("b", 10)
s1.hits["b"] -= 3
print(s1.hits)

# evaluation order: the subscript target is evaluated once
calls = []
def index(i):
    calls.append(i)
    return i

arr = [0, 0, 0]
arr[index(1)] += 10
arr[index(2)] += arr[index(1)]
print(arr, calls)

matrix = [[1, 2], [3, 4]]
for row in matrix:
    row[0] *= -1
print(matrix)

# a tuple holding a list: += raises but the list still changes
pair = ([1], 2)
try:
    pair[0] += [99]
except TypeError as exc:
    print("TypeError:", exc)
print(pair)

try:
    missing += 1
except NameError as exc:
    print("NameError:", exc)

word_counts = {}
for word in "the cat and the hat and the bat".split():
    word_counts[word] = word_counts.get(word, 0) + 1
print(sorted(word_counts.items(), key=lambda kv: (-kv[1], kv[0])))
