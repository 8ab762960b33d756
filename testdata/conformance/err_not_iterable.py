# Iterating over a number by mistake: TypeError 'int' object is not iterable.

scores = {"ann": [90, 85, 77], "bob": [60, 75], "cy": 88}


def average(values):
    total = 0
    count = 0
    for v in values:
        total += v
        count += 1
    return total / count


for name in ("ann", "bob"):
    print(name, round(average(scores[name]), 2))
flat = []
for name, value in scores.items():
    if isinstance(value, list):
        flat.extend(value)
    else:
        flat.append(value)
print("all scores:", sorted(flat), "best:", max(flat))
print("ann + bob:", scores["ann"] + scores["bob"])
try:
    len(scores["cy"])
except TypeError as e:
    print("caught:", e)
for name in scores:
    print(name, round(average(scores[name]), 2))
