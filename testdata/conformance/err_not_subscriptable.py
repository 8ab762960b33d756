# A function forgets to return its result: 'NoneType' object is not subscriptable.

def normalize(scores):
    top = max(scores)
    return [round(s / top, 3) for s in scores]


def normalize_in_place(scores):
    top = max(scores)
    for i, s in enumerate(scores):
        scores[i] = round(s / top, 3)


raw = [52, 77, 91, 64]
fresh = normalize(raw)
print("normalized copy:", fresh, "first:", fresh[0])
print("raw unchanged:", raw)
copy = list(raw)
result = normalize_in_place(copy)
print("in place:", copy, "returned:", result)
ranking = sorted(range(len(raw)), key=raw.__getitem__, reverse=True)
print("ranking:", ranking)
best = copy[ranking[0]]
print("best normalized:", best)
print("best from result:", result[ranking[0]])
