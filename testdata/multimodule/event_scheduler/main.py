from scheduler import Scheduler
from scheduler.events import Event
import time
s = Scheduler()
s.add(Event("backup", at=30, priority=2))
s.add(Event("email", at=10, priority=1))
s.add(Event("report", at=10, priority=0))
s.add(Event("cleanup", at=20))
start = time.monotonic()
for ev in s.run():
    print(ev)
print(time.monotonic() >= start, time.strftime("%H:%M", time.gmtime(s.elapsed * 60)))
