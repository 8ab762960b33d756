# min, max and sum with keys, defaults, starts and their errors.

temps = {"mon": 14.5, "tue": 17.0, "wed": 9.5, "thu": 17.0, "fri": 12.25}
print(max(temps.values()), min(temps.values()), max(temps), min(temps))
print(max(temps, key=temps.get), min(temps, key=temps.get), max(temps.items(), key=lambda kv: kv[1]))
print(max(3, 7, 5), min(3, 7, 5), max("apple", "fig", key=len), min("apple", "fig", key=len))
print(max([], default=None), min((), default="empty"), max([4], default=0), max("hello"))
print(max([1, 2, 3], key=lambda x: -x), min([[3, 1], [2, 9], [2, 0]]), max(1, 2.5, True))
print(max([(1, "b"), (1, "a")]), min(["b", "a"], key=lambda s: 0), max([2, 2.0]), max([2.0, 2]))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([1, 2.5]), sum(range(1, 101)))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([], 5), sum([True, True]), sum(x * x for x in range(4)))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([3, 0.5], start=1))
print(sum([10 ** 20, 1, -(10 ** 20)]), sum([1 + 2j, 3]), sum(map(float, ["1.5", "2.25"])))

def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return min(values), max(values), mean, var

lo, hi, mean, var = stats(list(temps.values()))
print(f"lo={lo} hi={hi} mean={mean} var={var:.4f} range={hi - lo}")
print(stats([1, 2, 3, 4]), stats([5]))
for bad in [lambda: max([]), lambda: min(()), lambda: max(1), lambda: sum(["a", "b"]),
            lambda: sum(["a"], ""), lambda: max(1, "2"), lambda: min([], key=len),
            lambda: max(1, 2, default=0), lambda: sum([[1]])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
