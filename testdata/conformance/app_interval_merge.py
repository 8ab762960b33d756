# Merging booking intervals, finding gaps and overlaps, and printing a timeline.

bookings = [("ann", 9.0, 10.5), ("bob", 10.0, 11.0), ("cy", 13.25, 14.0), ("dee", 8.5, 9.25),
            ("eve", 15.0, 17.5), ("fay", 16.0, 16.5), ("gus", 11.0, 12.0), ("hal", 13.0, 13.5)]


def merge(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(m) for m in merged]


def fmt(t):
    h, m = divmod(round(t * 60), 60)
    return f"{h:02d}:{m:02d}"


busy = merge((s, e) for _, s, e in bookings)
print("busy blocks:", [f"{fmt(s)}-{fmt(e)}" for s, e in busy])
day = (8.0, 18.0)
gaps = []
cursor = day[0]
for s, e in busy:
    if s > cursor:
        gaps.append((cursor, s))
    cursor = max(cursor, e)
if cursor < day[1]:
    gaps.append((cursor, day[1]))
print("free gaps:", [f"{fmt(s)}-{fmt(e)} ({e - s:.2f}h)" for s, e in gaps])
overlaps = []
ordered = sorted(bookings, key=lambda b: (b[1], b[0]))
for i, (n1, s1, e1) in enumerate(ordered):
    for n2, s2, e2 in ordered[i + 1:]:
        if s2 >= e1:
            break
        overlaps.append((n1, n2, fmt(max(s1, s2)), fmt(min(e1, e2))))
print("overlaps:", overlaps)
scale = 4
print("      " + "".join(f"{h:<{scale}}" for h in range(8, 18)))
for name, s, e in sorted(bookings, key=lambda b: b[1]):
    a, b = round((s - 8) * scale), round((e - 8) * scale)
    print(f"{name:>5} " + " " * a + "█" * (b - a) + " " * (40 - b) + f"| {fmt(s)}-{fmt(e)}")
total_busy = sum(e - s for s, e in busy)
print(f"utilisation {total_busy:.2f}h of {day[1] - day[0]:.0f}h = {total_busy / (day[1] - day[0]):.1%}")
print(merge([]), merge([(1, 2)]), merge([(1, 5), (2, 3)]), merge([(1, 2), (2, 3), (4, 5)]))
