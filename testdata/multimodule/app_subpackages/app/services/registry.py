from collections import Counter

_events = Counter()
_who = []


def record(kind, who):
    _events[kind] += 1
    _who.append(who)


def summary():
    return dict(_events), _who
