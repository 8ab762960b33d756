# map and filter pipelines over a log of sensor readings.

raw = "12.5, 13.0, bad, 11.75, -999, 14.25, , 13.5, 900"
tokens = map(str.strip, raw.split(","))

def parse(token):
    try:
        return float(token)
    except ValueError:
        return None

readings = list(filter(None, map(parse, tokens)))
print(readings)
valid = list(filter(lambda r: -50 <= r <= 60, readings))
print(valid, len(valid))
print(list(map(round, valid)), list(map(lambda r: round(r * 9 / 5 + 32, 1), valid)))
print(list(map(pow, [2, 3, 4], [5, 2, 1])), list(map(max, [1, 9], [5, 2], [3, 3])))
print(list(map(str.upper, "abc")), list(map(len, ["", "a", "abc"])), list(map(int, "9081")))
print(list(filter(str.isdigit, ["1", "a", "22", "", "3b"])), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(map(lambda x, y: x * y, range(5), range(10, 0, -1))))
m = map(abs, [-1, -2])
f = filter(bool, [0, 5])
print(type(m).__name__, type(f).__name__, list(m), list(m), list(f))
doubled_evens = list(map(lambda n: n * 2, filter(lambda n: n % 2 == 0, range(11))))
print(doubled_evens, sum(map(int, str(2 ** 50))))
words = ["Alpha", "beta", "Gamma", "delta"]
capitals = list(filter(lambda w: w[0].isupper(), words))
print(capitals, list(map(str.lower, capitals)), list(map("-".join, ["ab", "cd"])))
lookup = {"a": 1, "b": 2}
print(list(map(lookup.get, "abc")), list(map(lookup.get, "abc", [0, 0, 0])))
calls = []
def tracked(x):
    calls.append(x)
    return x * 10
lazy = map(tracked, [1, 2, 3])
print(calls, next(lazy), calls, list(lazy), calls)
for bad in [lambda: list(map(int, ["1", "x"])), lambda: map(5, [1]).__next__(),
            lambda: list(filter(len, [1])), lambda: map(abs)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
