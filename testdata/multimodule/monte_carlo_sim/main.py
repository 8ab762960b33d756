"""Seeded simulations: a queue at a coffee shop, a random walk, a weighted
loot table and a bootstrap confidence interval. Every number depends only on
the seeds, so the output is identical on every run."""
import random
import statistics

from sim.queueing import simulate_shop
from sim.walk import random_walk, summarize_walks
from sim.loot import LootTable
from sim.bootstrap import bootstrap_mean

shop = simulate_shop(seed=2024, customers=200, baristas=2)
print("shop:", {k: round(v, 3) if isinstance(v, float) else v for k, v in shop.items()})

walks = [random_walk(random.Random(seed), steps=500) for seed in range(12)]
print("walks:", summarize_walks(walks))

table = LootTable({"common": 60, "uncommon": 25, "rare": 10, "epic": 4, "legendary": 1}, seed="dungeon-7")
drops = table.roll_many(1000)
print("loot:", drops.most_common(), table.roll(), table.roll())

rng = random.Random(99)
sample = [rng.gauss(50, 12) for _ in range(40)]
lo, hi = bootstrap_mean(sample, rounds=300, seed=5)
print(f"sample mean={statistics.fmean(sample):.4f} 95% CI=({lo:.4f}, {hi:.4f})")

random.seed(12345)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:7], random.sample(range(100), 5), random.choice(deck), round(random.random(), 12))
print(random.choices("abc", weights=[5, 1, 1], k=12), random.randint(1, 6), random.randrange(0, 100, 7))
print(round(random.uniform(-1, 1), 12), round(random.triangular(0, 10, 2), 12), random.getrandbits(40))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
