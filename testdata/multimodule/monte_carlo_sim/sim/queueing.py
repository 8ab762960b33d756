import heapq
import random
import statistics


def simulate_shop(seed, customers, baristas):
    rng = random.Random(seed)
    t = 0.0
    arrivals = []
    for _ in range(customers):
        t += rng.expovariate(1 / 1.5)
        arrivals.append(t)
    free_at = [0.0] * baristas
    heapq.heapify(free_at)
    waits = []
    longest_queue = 0
    ends = []
    for arrive in arrivals:
        start = max(arrive, heapq.heappop(free_at))
        service = max(0.5, rng.normalvariate(2.8, 0.7))
        heapq.heappush(free_at, start + service)
        waits.append(start - arrive)
        ends.append(start + service)
        longest_queue = max(longest_queue, sum(1 for e in ends if e > arrive) - baristas)
    return {
        "served": len(waits),
        "mean_wait": statistics.mean(waits),
        "p90_wait": statistics.quantiles(waits, n=10)[-1],
        "max_wait": max(waits),
        "no_wait": sum(w == 0 for w in waits),
        "longest_queue": longest_queue,
        "closing": max(ends),
    }
