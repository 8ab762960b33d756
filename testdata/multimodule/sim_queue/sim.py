import heapq
import math
from dataclass_free import Job


class Simulation:
    def __init__(self, servers):
        self.free_at = [0.0] * servers
        self.jobs = []

    def arrive(self, t, service):
        start = max(t, heapq.heappop(self.free_at))
        end = start + service
        heapq.heappush(self.free_at, end)
        self.jobs.append(Job(t, start, end))

    def report(self):
        waits = [j.start - j.arrival for j in self.jobs]
        return {"jobs": len(self.jobs), "mean_wait": round(math.fsum(waits) / len(waits), 6),
                "max_end": round(max(j.end for j in self.jobs), 6)}
