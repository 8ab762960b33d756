import time
t0 = time.perf_counter(); time.sleep(0.01); t1 = time.perf_counter()
print(t1 > t0, time.perf_counter_ns() > 0, time.monotonic() >= 0, time.process_time() >= 0, type(time.time()).__name__, type(time.time_ns()).__name__)
g = time.gmtime(1700000000)
print(g)
print(g.tm_year, g[1], g.tm_wday, g.tm_yday, tuple(g)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %U %W %e %%", g))
print(time.strftime("%c | %x | %X", time.gmtime(0)), time.asctime(time.gmtime(86400 * 365)))
