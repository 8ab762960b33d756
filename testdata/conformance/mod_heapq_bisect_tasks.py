# heapq and bisect: a task queue, top-k, merging sorted runs, grading by breakpoints.
import heapq
import bisect

tasks = []
for prio, name in [(3, "write"), (1, "plan"), (4, "test"), (1, "coffee"), (2, "code")]:
    heapq.heappush(tasks, (prio, name))
order = [heapq.heappop(tasks) for _ in range(len(tasks))]
print(order)
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
h = data[:]
heapq.heapify(h)
print(h, heapq.heappushpop(h, -1), heapq.heapreplace(h, 10), h)
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, ["bb", "a", "ccc"], key=len), heapq.nsmallest(1, []), heapq.nlargest(20, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)), list(heapq.merge(["aa", "b"], ["ccc"], key=len)))
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 2, 2, 3]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2, 0, 2), bisect.bisect_left(a, 10))
keys = [("b", 2), ("d", 4)]
bisect.insort(keys, ("c", 3)); bisect.insort_left(keys, ("a", 1)); print(keys)
recs = [{"t": 1}, {"t": 5}, {"t": 9}]
print(bisect.bisect_left(recs, 5, key=lambda r: r["t"]), bisect.bisect_right(recs, 5, key=lambda r: r["t"]))
bisect.insort(recs, {"t": 6}, key=lambda r: r["t"]); print(recs)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print("ValueError:", e)
