# Unit conversion queries read from stdin, with a conversion graph and error lines.
import sys

FACTORS = {
    ("km", "m"): 1000, ("m", "cm"): 100, ("cm", "mm"): 10, ("mi", "ft"): 5280,
    ("ft", "in"): 12, ("in", "cm"): 2.54, ("kg", "g"): 1000, ("lb", "oz"): 16,
    ("lb", "g"): 453.59237, ("h", "min"): 60, ("min", "s"): 60, ("day", "h"): 24,
}
graph = {}
for (a, b), f in FACTORS.items():
    graph.setdefault(a, []).append((b, f))
    graph.setdefault(b, []).append((a, 1 / f))


def factor(src, dst):
    if src == dst:
        return 1
    seen = {src}
    frontier = [(src, 1)]
    while frontier:
        nxt = []
        for unit, acc in frontier:
            for other, f in graph.get(unit, ()):
                if other == dst:
                    return acc * f
                if other not in seen:
                    seen.add(other)
                    nxt.append((other, acc * f))
        frontier = nxt
    raise LookupError(f"no conversion from {src} to {dst}")


print("units:", " ".join(sorted(graph)))
for line in sys.stdin:
    query = line.strip()
    if not query:
        continue
    try:
        amount, src, _, dst = query.split()
        value = float(amount) * factor(src, dst)
        print(f"{query:<22} = {value:.6g} {dst}  (exact {value!r})")
    except ValueError as e:
        print(f"{query:<22} ! bad query ({e})")
    except LookupError as e:
        print(f"{query:<22} ! {e}")
print("marathon in mi:", round(42.195 * factor("km", "mi"), 3))
print("week in s:", 7 * factor("day", "s"), type(factor("day", "s")).__name__)
