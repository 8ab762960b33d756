import statistics
from itertools import accumulate


def random_walk(rng, steps):
    moves = rng.choices([-1, 1], k=steps)
    return list(accumulate(moves))


def summarize_walks(walks):
    finals = [w[-1] for w in walks]
    peaks = [max(w) for w in walks]
    crossings = [sum(1 for a, b in zip(w, w[1:]) if a == 0 and b != 0) for w in walks]
    return {
        "finals": finals,
        "mean_final": statistics.mean(finals),
        "stdev_final": round(statistics.stdev(finals), 6),
        "max_peak": max(peaks),
        "mode_crossings": statistics.mode(crossings),
    }
