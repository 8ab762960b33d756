from datetime import date, timedelta


def business_days(first, last):
    n = 0
    d = first
    while d <= last:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n


def month_end(d):
    nxt = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    first = date(d.year + y, m + 1, 1)
    return min(d.replace(year=first.year, month=first.month, day=1) + timedelta(days=d.day - 1), month_end(first))
