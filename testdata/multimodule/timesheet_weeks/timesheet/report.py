from collections import defaultdict
from datetime import timedelta
from itertools import groupby


def weekly(sessions):
    key = lambda s: tuple(s.day.isocalendar())[:2]
    out = []
    for week, group in groupby(sorted(sessions, key=lambda s: s.start), key=key):
        group = list(group)
        out.append((week, sum((s.duration for s in group), timedelta()), len({s.day for s in group})))
    return out


def by_project(sessions):
    hours = defaultdict(float)
    for s in sessions:
        hours[s.project] += s.duration.total_seconds() / 3600
    return sorted(hours.items(), key=lambda kv: -kv[1])


def overtime(sessions, limit):
    per_day = defaultdict(timedelta)
    for s in sessions:
        per_day[s.day] += s.duration
    return {d: t - limit for d, t in sorted(per_day.items()) if t > limit}


def strip(sessions, monday):
    days = {s.day for s in sessions}
    lines = []
    for week in range(2):
        cells = []
        for i in range(7):
            d = monday + timedelta(days=7 * week + i)
            cells.append(f"{d:%a}{d.day:>3}{'*' if d in days else ' '}")
        lines.append(" ".join(cells))
    return lines
