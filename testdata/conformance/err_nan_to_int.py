# Statistics over sensor data where a NaN reading reaches int(): ValueError.

readings = [21.5, 22.0, float("nan"), 23.25, 22.75]
valid = [r for r in readings if r == r]
print("valid:", valid, "dropped:", len(readings) - len(valid))
mean = sum(valid) / len(valid)
print(f"mean {mean:.3f}, as int {int(mean)}, rounded {round(mean)}")
print("sum with nan:", sum(readings), "max with nan first:", max([float("nan"), 1.0]), max([1.0, float("nan")]))
print("sorted with nan:", sorted([3.0, float("nan"), 1.0]))
for bad in (float("inf"), -float("inf")):
    try:
        int(bad)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
buckets = {}
for r in valid:
    buckets[int(r)] = buckets.get(int(r), 0) + 1
print("buckets:", buckets)


def bucket_of(value, width=0.5):
    return int(value / width)


print([bucket_of(r) for r in valid])
print([bucket_of(r) for r in readings])
