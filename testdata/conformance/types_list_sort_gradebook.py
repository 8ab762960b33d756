# A gradebook: stable multi-key sorting, min/max with key, and ranks.

records = [
    ("alice", "math", 91), ("bob", "math", 78), ("carol", "math", 91),
    ("dave", "math", 65), ("alice", "art", 88), ("bob", "art", 95),
    ("carol", "art", 72), ("dave", "art", 88), ("erin", "math", 78),
    ("erin", "art", 60),
]

by_score = sorted(records, key=lambda r: r[2], reverse=True)
for name, subject, score in by_score:
    print(f"{name:<6}{subject:<5}{score:>4}")

print("stable by subject then score:")
step1 = sorted(records, key=lambda r: r[2])
step2 = sorted(step1, key=lambda r: r[1])
print([f"{r[0]}:{r[2]}" for r in step2])
print(sorted(records, key=lambda r: (-r[2], r[0]))[:4])

totals = {}
for name, _, score in records:
    totals[name] = totals.get(name, 0) + score
ranking = sorted(totals.items(), key=lambda kv: kv[1], reverse=True)
rank = 0
previous = None
for position, (name, total) in enumerate(ranking, start=1):
    if total != previous:
        rank = position
    previous = total
    print(f"#{rank} {name:<6} {total:>4} avg {total / 2:6.2f}")

print(max(records, key=lambda r: r[2]), min(records, key=lambda r: r[2]))
print(max(totals, key=totals.get), min(totals.values()), max(totals))
print(sorted(totals, key=len), sorted(["b", "B", "a", "A"]), sorted(["b", "B", "a", "A"], key=str.lower))
letters = []
for _, _, score in records:
    letters.append("A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "D")
print(letters, sorted(letters), sorted(set(letters), reverse=True))
data = [5, 3, 8, 1]
result = data.sort()
print(result, data, sorted(data, reverse=True), data)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=lambda w: (w.lower(), w))
print(words)
print(sorted([3, 1, 2], key=None), sorted([(2, "b"), (1, "z"), (2, "a")]), sorted("hello"))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
