import csv

FIELDS = ["region", "month", "orders", "units", "revenue"]


def write_summary(summary, path):
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(summary)


def table(rows, header):
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    line = "+".join("-" * (w + 2) for w in widths)
    fmt = lambda cells: "|".join(f" {c:>{w}} " if c.replace(".", "").isdigit() else f" {c:<{w}} " for c, w in zip(cells, widths))
    return "\n".join([fmt(header), line] + [fmt(r) for r in rows])
