from bisect import insort


def apply(xs):
    out = []
    for x in xs:
        insort(out, x * 10)
    return out
