import random
import statistics


def bootstrap_mean(sample, rounds, seed, level=0.95):
    rng = random.Random(seed)
    means = sorted(statistics.fmean(rng.choices(sample, k=len(sample))) for _ in range(rounds))
    cut = int((1 - level) / 2 * rounds)
    return means[cut], means[-cut - 1]
