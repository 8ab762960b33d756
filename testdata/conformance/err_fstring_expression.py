# An error inside an f-string replacement field while formatting a report.

stats = [
    {"name": "alpha", "hits": 120, "total": 200},
    {"name": "beta", "hits": 45, "total": 50},
    {"name": "gamma", "hits": 0, "total": 0},
]


def ratio(hits, total):
    return hits / total if total else float("nan")


for s in stats:
    print(f"{s['name']:<6} {s['hits']:>4}/{s['total']:<4} {ratio(s['hits'], s['total']):7.2%}")
print(f"{'total':<6} {sum(s['hits'] for s in stats):>4}/{sum(s['total'] for s in stats):<4}")
best = max(stats[:2], key=lambda s: s["hits"] / s["total"])
print(f"best: {best['name']!r} at {best['hits'] / best['total']:.1%}")
print(f"{len(stats)=} {stats[0]['name'].upper()=}")
try:
    print(f"{stats[0]['missing']}")
except KeyError as e:
    print("caught KeyError", e)
for s in stats:
    print(f"{s['name']}: {s['hits'] / s['total']:.3f}")
