import random
from stats_helpers import histogram, describe
from collections import Counter

random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(500)]
counts = Counter(rolls)
print(counts.most_common(3))
print(describe(rolls))
for line in histogram(counts, scale=10):
    print(line)
