import re
from collections import Counter, defaultdict
from itertools import groupby

from .levels import at_least

DURATION = re.compile(r"(\d+)ms\b")


def summarize(records, min_level="INFO", top=5):
    selected = [r for r in records if at_least(r.level, min_level)]
    by_level = Counter(r.level for r in selected)
    by_source = defaultdict(list)
    for r in selected:
        by_source[r.source].append(r)
    durations = [int(m.group(1)) for r in records for m in DURATION.finditer(r.message)]
    per_minute = {minute: len(list(group)) for minute, group in groupby(records, key=lambda r: r.when.strftime("%H:%M"))}
    messages = Counter(re.sub(r"\d+", "N", r.message) for r in selected)
    first = min((r.when for r in selected), default=None)
    last = max((r.when for r in selected), default=None)
    return {
        "count": len(selected),
        "levels": by_level.most_common(),
        "sources": {s: len(rs) for s, rs in sorted(by_source.items())},
        "slowest_ms": sorted(durations, reverse=True)[:top],
        "mean_ms": sum(durations) / len(durations) if durations else 0.0,
        "per_minute": per_minute,
        "repeated": [(m, n) for m, n in messages.most_common(top) if n > 1],
        "span": (last - first) if first else None,
    }
