# Formatting durations and clock times with zero padding, divmod and format specs.

def hms(seconds):
    sign = "-" if seconds < 0 else ""
    minutes, secs = divmod(abs(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    clock = f"{hours:02d}:{minutes:02d}:{secs:02d}" if isinstance(secs, int) else \
        f"{int(hours):02d}:{int(minutes):02d}:{secs:06.3f}"
    return f"{sign}{days}d {clock}" if days else sign + clock


def human(seconds):
    parts = []
    for name, size in (("week", 604800), ("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count} {name}{'s' if count != 1 else ''}")
    if not parts:
        return "now"
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]


for s in (0, 59, 60, 61, 3599, 3600, 86399, 86400, 90061, 1000000, -3725, 12.5, 3661.25):
    print(f"{s!r:>9} -> {hms(s):>16} | {human(int(abs(s)))}")

laps = [83.417, 81.09, 79.996, 80.5, 82.003]
best = min(laps)
print(f"{'lap':>3} {'time':>9} {'delta':>8}")
for i, lap in enumerate(laps, 1):
    m, s = divmod(lap, 60)
    print(f"{i:>3} {int(m):d}:{s:06.3f} {lap - best:>+8.3f}{' *' if lap == best else ''}")
total = sum(laps)
print(f"total {int(total // 60)}:{total % 60:06.3f}  avg {total / len(laps):.3f}s")
for h, m in [(0, 0), (9, 5), (12, 0), (12, 30), (13, 7), (23, 59)]:
    suffix = "AM" if h < 12 else "PM"
    print(f"{h:02d}:{m:02d} = {(h - 1) % 12 + 1:>2}:{m:02d} {suffix}", "%02d%02dh" % (h, m))
print("%d:%02d:%02d" % (1, 2, 3), "{:d}:{:02d}".format(7, 9), f"{5:>02}", f"{5:02}", f"{-5:03}")
print("T-{0:02d}:{1:02d}".format(*divmod(125, 60)), f"{3:0>5}|{3:0<5}|{3:0^5}|{-3:0>5}|{-3:05}")
