from itertools import groupby
from typing import NamedTuple


class Leg(NamedTuple):
    src: str
    dst: str
    line: str
    minutes: int


def describe(legs):
    out = []
    for line, group in groupby(legs, key=lambda l: l.line):
        group = list(group)
        stops = [group[0].src] + [l.dst for l in group]
        out.append(f"{line:<6} {' > '.join(stops)} ({sum(l.minutes for l in group)} min)")
    return out
