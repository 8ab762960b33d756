# Equality and ordering across numeric types, containers, nan identity and chained comparisons.

nan = float("nan")
print(1 == 1.0, 1 == 1.0 + 0j, True == 1, 0.1 + 0.2 == 0.3, 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53)
print(1 < 1.5 < 2, 3 > 2 == 2, 1 < 2 > 0, (1 < 2) < 3, 1 == 1 != 2, 5 > 4 > 3 > 2 > 1)
print(nan == nan, nan is nan, [nan] == [nan], (nan,) == (nan,), {nan: 1}.get(nan), nan in [nan])
print([float("nan")] == [float("nan")], float("nan") in [float("nan")], {nan} == {nan})
print(-0.0 == 0.0, [0.0] == [-0.0], {0.0: "a"}[-0.0], 0 == -0.0, 1e308 * 10 == float("inf"))
print([1, 2] == (1, 2), [1, 2] == [1, 2.0], (1, [2]) == (1, [2]), "1" == 1, b"a" == "a")
print({1: "x"} == {1.0: "x"}, {1, 2} == frozenset({2, 1}), {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(range(3) == range(0, 3), [1, 2, 3] == list(range(1, 4)), "abc" < "abd" < "b", "Z" < "a")
print("" < "a", "a" < "aa", [1, 2] < [1, 2, 3], (2,) > (1, 9, 9), [[1]] < [[1, 0]], (1, "a") < (1, "b"))
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {3}, frozenset({1}) < {1, 2}, {1} == {1.0})
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 2 ** 64 > 1.8e19, 2 ** 64 == 18446744073709551616.0)
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0), sorted([1, True, 1.0]), sorted([0.0, 0, False]))
values = [3, 2.5, True, -1, 0.0, 10 ** 20, -2.5, 7]
print(sorted(values), sorted(values, reverse=True))
print(sorted([[3], [1, 2], [1], []]), sorted([(2, "b"), (2, "a"), (1, "z")]), sorted(["b", "B", "aa", "a"]))
print("é" > "z", "é" > "e", ord("é"), "😀" > "é", sorted("Zaé😀1 "))
x = 5
print(0 < x < 10, 0 < x > 3, x == 5 == 5.0, not 0 < x < 5, 1 < x in [5], x in range(10) == True)
for a, b in [(1, "1"), ([1], (1,)), ({1}, [1]), (None, 0), (1j, 2j), ({}, {})]:
    try:
        print(repr(a), "<", repr(b), a < b)
    except TypeError as e:
        print(type(e).__name__, e)
