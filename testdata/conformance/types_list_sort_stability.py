# Sorting generated records: stability across passes, key functions, reverse and ties.

def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        yield seed >> 33


gen = lcg(2024)
cities = ["Oslo", "Lima", "Pune", "Kyiv", "Baku"]
records = []
for i in range(300):
    r = next(gen)
    records.append({"id": i, "city": cities[r % 5], "age": 18 + r % 50, "score": (r >> 8) % 100})
print(records[:3])
by_age = sorted(records, key=lambda r: r["age"])
stable = all(a["id"] < b["id"] for a, b in zip(by_age, by_age[1:]) if a["age"] == b["age"])
print("stable within equal ages:", stable)
two_pass = sorted(sorted(records, key=lambda r: r["score"], reverse=True), key=lambda r: r["city"])
one_pass = sorted(records, key=lambda r: (r["city"], -r["score"]))
print("two passes == tuple key:", [r["id"] for r in two_pass] == [r["id"] for r in one_pass])
rev = sorted(records, key=lambda r: r["age"], reverse=True)
print("reverse keeps ties in original order:",
      all(a["id"] < b["id"] for a, b in zip(rev, rev[1:]) if a["age"] == b["age"]))
print("reverse differs from reversed():", [r["id"] for r in rev] != [r["id"] for r in reversed(by_age)])
for city in cities:
    group = [r for r in one_pass if r["city"] == city]
    top = group[:3]
    print(f"{city:<5} n={len(group):>3} top={[(r['id'], r['score']) for r in top]} "
          f"median_age={sorted(r['age'] for r in group)[len(group) // 2]}")
ages = [r["age"] for r in records]
ages_sorted = sorted(ages)
print(ages_sorted[:10], ages_sorted[-5:], len(set(ages)))
in_place = list(ages)
in_place.sort(reverse=True)
print(in_place[:5], in_place == ages_sorted[::-1])
counts = {}
for a in ages:
    counts[a] = counts.get(a, 0) + 1
mode_age = max(sorted(counts), key=counts.get)
print("mode age", mode_age, counts[mode_age], sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
mixed = [3, 1.5, True, -2, 0.0, 10 ** 18, -0.5]
print(sorted(mixed), sorted(mixed, key=abs), sorted(mixed, key=lambda v: (type(v).__name__, v)))
words = "delta Alpha charlie bravo Echo alpha Bravo".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
