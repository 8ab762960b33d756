# Chained comparisons, identity, membership, and conditional expressions.
def classify(n):
    return ("negative" if n < 0 else
            "zero" if n == 0 else
            "small" if 0 < n <= 10 else
            "medium" if 10 < n < 100 else
            "large")

for n in (-5, 0, 3, 10, 11, 99, 100, 12345):
    print(n, classify(n))

trace = []
def v(x):
    trace.append(x)
    return x

print(v(1) < v(2) < v(3), trace)
trace.clear()
print(v(1) < v(0) < v(3), trace)  # short-circuits: 3 never evaluated
trace.clear()
print(v(5) > v(4) == v(4) != v(7) >= v(1), trace)

print(1 < 2 > 0, 3 == 3.0 == True + 2, "a" < "b" < "c", [1, 2] < [1, 3] <= [1, 3])
print((1, 2, 3) > (1, 2), (1, "b") > (1, "a"), "abc" < "abd" < "b")

x = None
print(x is None, x is not None, not x)
items = [1, 2, 3]
print(2 in items, 5 not in items, "ell" in "hello", "z" not in "hello")
print({"k": 1}.keys() >= {"k"}, 1 in {1: "a"}, "a" in {1: "a"})

# and / or return operands, not bools
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0, None or 0 or "last")
print([] and "x", [0] and "y", not [], not [0])

def first_truthy(*vals):
    result = None
    for val in vals:
        result = result or val
    return result

print(first_truthy(0, "", None, "found", "later"))

# comparisons between incompatible types raise
for left, right in ((1, "1"), ([1], (1,)), (None, 0)):
    try:
        print(left < right)
    except TypeError as exc:
        print("TypeError:", exc)
print(1 == "1", [1] == (1,), None == 0)

# nan is not equal to itself but list comparison checks identity first
nan = float("nan")
print(nan == nan, [nan] == [nan], nan != nan)
