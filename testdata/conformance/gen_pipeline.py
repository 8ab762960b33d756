# A generator pipeline over log lines: parse, filter, window, aggregate.
LOG = """\
2026-01-01 10:00:01 INFO  api   request /users 120ms
2026-01-01 10:00:02 WARN  db    slow query 900ms
2026-01-01 10:00:02 INFO  api   request /items 80ms
2026-01-01 10:00:03 ERROR api   request /orders 1500ms
garbage line
2026-01-01 10:00:04 INFO  cache hit /users 2ms
2026-01-01 10:00:05 ERROR db    deadlock 3000ms
2026-01-01 10:00:06 INFO  api   request /users 95ms
"""

def read_lines(text):
    for number, line in enumerate(text.splitlines(), start=1):
        yield number, line

def parse(lines):
    for number, line in lines:
        parts = line.split()
        if len(parts) < 5:
            print(f"  skipping line {number}: {line!r}")
            continue
        date, time, level, source, *message = parts
        millis = int(message[-1].rstrip("ms"))
        yield {"line": number, "level": level, "source": source, "ms": millis, "msg": " ".join(message[:-1])}

def only(records, **criteria):
    return (r for r in records if all(r[k] == v for k, v in criteria.items()))

def windows(items, size):
    window = []
    for item in items:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)

def running_mean(values):
    total = count = 0
    for v in values:
        total += v
        count += 1
        yield total / count

records = list(parse(read_lines(LOG)))
print(len(records), "records")
for rec in only(records, source="api"):
    print(f"  api line {rec['line']}: {rec['msg']} ({rec['ms']}ms)")
errors = [r["line"] for r in only(records, level="ERROR")]
print("errors at lines", errors)
print("window sums:", [sum(r["ms"] for r in w) for w in windows(records, 3)])
print("running mean:", [round(m, 1) for m in running_mean(r["ms"] for r in records)])

lazy = parse(read_lines(LOG))
print("first two sources:", next(lazy)["source"], next(lazy)["source"])
slow = (r for r in lazy if r["ms"] > 500)
print("next slow:", next(slow)["msg"])
print("rest slow:", [r["msg"] for r in slow])
print("exhausted:", list(lazy), next(slow, "nothing left"))

by_source = {}
for r in records:
    by_source.setdefault(r["source"], []).append(r["ms"])
print({k: (len(v), max(v)) for k, v in sorted(by_source.items())})
