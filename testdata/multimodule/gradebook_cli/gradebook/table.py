import statistics
from collections import Counter
from itertools import zip_longest


def _fmt(v):
    return f"{v:.2f}" if isinstance(v, float) else str(v)


def render_table(rows, cols):
    cells = [[c.replace("_", " ") for c in cols]] + [[_fmt(r[c]) for c in cols] for r in rows]
    widths = [max(map(len, col)) for col in zip(*cells)]
    lines = []
    for i, row in enumerate(cells):
        lines.append("  ".join(v.ljust(w) if j == 0 else v.rjust(w) for j, (v, w) in enumerate(zip(row, widths))))
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    finals = [r["final"] for r in rows]
    lines.append("mean {:.2f}  median {:.2f}  stdev {:.3f}  variance {:.3f}".format(
        statistics.mean(finals), statistics.median(finals), statistics.stdev(finals), statistics.variance(finals)))
    return "\n".join(lines)


def histogram(letters):
    counts = Counter(letters)
    rows = [f"{l}: {'*' * counts[l]}" for l in "ABCDF"]
    pairs = zip_longest(rows[:3], rows[3:], fillvalue="")
    return "\n".join(f"{a:<12}{b}".rstrip() for a, b in pairs)
