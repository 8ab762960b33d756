# A bank-queue simulation driven by a linear congruential generator (deterministic).

class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2 ** 31
        return self.state

    def uniform(self):
        return self.next() / 2 ** 31

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


def simulate(tellers, minutes, seed):
    rng = LCG(seed)
    queue = []
    busy_until = [0] * tellers
    waits = []
    served = 0
    max_queue = 0
    for t in range(minutes):
        if rng.uniform() < 0.55:
            queue.append(t)
        if rng.uniform() < 0.15:
            queue.append(t)
        for i in range(tellers):
            if busy_until[i] <= t and queue:
                arrived = queue.pop(0)
                waits.append(t - arrived)
                busy_until[i] = t + rng.randint(1, 4)
                served += 1
        max_queue = max(max_queue, len(queue))
    return served, waits, max_queue, len(queue)


rng = LCG(42)
print([rng.next() for _ in range(3)], [round(rng.uniform(), 6) for _ in range(3)], [rng.randint(1, 6) for _ in range(10)])
print(f"{'tellers':>7}{'served':>8}{'avg wait':>10}{'max wait':>10}{'max q':>7}{'left':>6}")
for tellers in (1, 2, 3, 4):
    served, waits, max_q, left = simulate(tellers, 480, seed=2024)
    avg = sum(waits) / len(waits) if waits else 0.0
    print(f"{tellers:>7}{served:>8}{avg:>10.2f}{max(waits, default=0):>10}{max_q:>7}{left:>6}")
served, waits, _, _ = simulate(2, 480, seed=7)
histogram = {}
for w in waits:
    bucket = min(w // 5 * 5, 30)
    histogram[bucket] = histogram.get(bucket, 0) + 1
for bucket in sorted(histogram):
    label = f"{bucket}-{bucket + 4}" if bucket < 30 else "30+"
    print(f"{label:>6} {'#' * (histogram[bucket] // 4)} {histogram[bucket]}")
ordered = sorted(waits)
p = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]
print("percentiles p50/p90/p99:", p(0.5), p(0.9), p(0.99), "of", len(ordered))
