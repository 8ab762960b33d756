import statistics
from collections import defaultdict
from itertools import groupby
from operator import attrgetter, itemgetter


def by_region_month(rows):
    key = lambda s: (s.region, s.day.strftime("%Y-%m"))
    out = []
    for (region, month), group in groupby(sorted(rows, key=key), key=key):
        group = list(group)
        out.append({"region": region, "month": month, "orders": len(group),
                    "units": sum(map(attrgetter("units"), group)),
                    "revenue": round(sum(s.total for s in group), 2)})
    return out


def region_stats(rows):
    totals = defaultdict(list)
    for s in rows:
        totals[s.region].append(s.total)
    return {r: {"n": len(v), "mean": statistics.mean(v), "median": statistics.median(v),
                "stdev": statistics.stdev(v) if len(v) > 1 else 0.0} for r, v in sorted(totals.items())}


def best_sellers(rows, n):
    units = defaultdict(int)
    for s in rows:
        units[s.product] += s.units
    return sorted(units.items(), key=itemgetter(1), reverse=True)[:n]
