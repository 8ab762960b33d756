[x for x in y]
{x for x in y if x if not z}
{k: v for k, v in d.items()}
(x for x in y)
[x for y in z for x in y]
[(x, y) for x in a if x for y in b]
[[x for x in y] for y in z]
