import heapq
from collections import deque
from itertools import count

from .itinerary import Leg


def fastest(net, start, goal):
    net.neighbors(start)
    tie = count()
    heap = [(0, next(tie), start, None, [])]
    best = {}
    while heap:
        t, _, station, line, legs = heapq.heappop(heap)
        if station == goal:
            return t, legs
        if best.get((station, line), float("inf")) <= t:
            continue
        best[(station, line)] = t
        for nxt, nline, minutes in net.neighbors(station):
            extra = net.transfer if line is not None and nline != line else 0
            heapq.heappush(heap, (t + minutes + extra, next(tie), nxt, nline, legs + [Leg(station, nxt, nline, minutes)]))
    return None


def fewest_stops(net, start, goal):
    prev = {start: None}
    todo = deque([start])
    while todo:
        s = todo.popleft()
        if s == goal:
            path = []
            while s is not None:
                path.append(s)
                s = prev[s]
            return path[::-1]
        for nxt, _, _ in sorted(net.neighbors(s)):
            if nxt not in prev:
                prev[nxt] = s
                todo.append(nxt)
    return None


def within(net, start, budget):
    dist = {start: 0}
    heap = [(0, start)]
    while heap:
        d, s = heapq.heappop(heap)
        if d > dist.get(s, budget + 1):
            continue
        for nxt, _, minutes in net.neighbors(s):
            nd = d + minutes
            if nd <= budget and nd < dist.get(nxt, budget + 1):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return sorted(dist.items(), key=lambda kv: (kv[1], kv[0]))
