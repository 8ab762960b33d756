import heapq
from itertools import count
from .events import Event


class Scheduler:
    def __init__(self):
        self._q = []
        self._seq = count()
        self.elapsed = 0

    def add(self, ev):
        heapq.heappush(self._q, (ev.at, ev.priority, next(self._seq), ev))

    def run(self):
        while self._q:
            at, _, _, ev = heapq.heappop(self._q)
            self.elapsed = at
            yield ev
