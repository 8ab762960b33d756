"""A job scheduler: jobs with priorities, deadlines and dependencies are
planned on a simulated clock (heapq + datetime), with retries and a
calendar-style report."""
from datetime import datetime, timedelta

from scheduler import Job, Priority, Scheduler
from scheduler.report import timeline, lateness

start = datetime(2024, 5, 6, 8, 30)
s = Scheduler(start, workers=2)
s.submit(Job("fetch-data", timedelta(minutes=40), Priority.HIGH))
s.submit(Job("clean", timedelta(minutes=25), Priority.NORMAL, deps=("fetch-data",)))
s.submit(Job("train", timedelta(hours=2, minutes=5), Priority.HIGH, deps=("clean",), deadline=start + timedelta(hours=3)))
s.submit(Job("backup", timedelta(minutes=15), Priority.LOW))
s.submit(Job("email-report", timedelta(minutes=5), Priority.NORMAL, deps=("train", "backup")))
s.submit(Job("flaky-upload", timedelta(minutes=10), Priority.NORMAL, fail_times=2))
s.submit(Job("audit", timedelta(minutes=30), Priority.CRITICAL, not_before=start + timedelta(minutes=50)))
try:
    s.submit(Job("clean", timedelta(minutes=1)))
except ValueError as e:
    print("error:", e)
try:
    s.submit(Job("orphan", timedelta(minutes=1), deps=("missing",)))
    s.run()
except LookupError as e:
    print("error:", e)
    s.cancel("orphan")

done = s.run()
for line in timeline(done, start):
    print(line)
print(lateness(done))
print("finished at", s.clock.strftime("%a %d %b %Y %H:%M"), "| total busy", s.busy, "| retries", s.retries)
print([j.name for j in sorted(done, key=lambda r: (r.priority, r.name))][:4])
