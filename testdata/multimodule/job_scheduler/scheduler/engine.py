import heapq
import itertools
from datetime import timedelta

from .jobs import Run


class Scheduler:
    def __init__(self, start, workers=1):
        self.clock = start
        self.workers = workers
        self.jobs = {}
        self.busy = timedelta()
        self.retries = 0
        self._seq = itertools.count()

    def submit(self, job):
        if job.name in self.jobs:
            raise ValueError(f"job {job.name!r} already submitted")
        self.jobs[job.name] = job

    def cancel(self, name):
        del self.jobs[name]

    def _ready(self, done):
        for job in self.jobs.values():
            missing = [d for d in job.deps if d not in self.jobs]
            if missing:
                raise LookupError(f"{job.name} depends on unknown job(s) {missing}")
        return [j for j in self.jobs.values() if j.name not in done and all(d in done for d in j.deps)]

    def run(self):
        done = {}
        running = []  # heap of (end, seq, worker, job)
        free = list(range(self.workers))
        started = set()
        while len(done) < len(self.jobs):
            ready = [j for j in self._ready(done) if j.name not in started]
            ready.sort(key=lambda j: (j.priority, j.name))
            for job in ready:
                if not free:
                    break
                if job.not_before and job.not_before > self.clock:
                    continue
                worker = heapq.heappop(free)
                started.add(job.name)
                heapq.heappush(running, (self.clock + job.duration, next(self._seq), worker, job, self.clock))
            if not running:
                waits = [j.not_before for j in ready if j.not_before]
                self.clock = min(waits)
                continue
            end, _, worker, job, began = heapq.heappop(running)
            self.clock = end
            self.busy += end - began
            heapq.heappush(free, worker)
            job.attempts += 1
            if job.attempts <= job.fail_times:
                self.retries += 1
                started.discard(job.name)
                continue
            done[job.name] = Run(end, job.priority, job.name, began, worker, True, job.deadline)
        return sorted(done.values())
