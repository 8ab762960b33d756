# Specialized arithmetic, comparisons, subscripts and loops whose operand
# types change mid-loop: every result must be the generic one.


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def lt(a, b):
    return a < b


def get(c, k):
    return c[k]


def total(it):
    s = 0
    for x in it:
        s += x
    return s


out = []
for i in range(40):
    out.append(add(i, i))
for i in range(40):
    out.append(add(i * 0.5, 1.5))
out.append(add("ab", "cd"))
out.append(add(2 ** 62, 2 ** 62))
out.append(add(2 ** 70, 1))
out.append(add(1, 2.5))
out.append(add([1], [2]))
out.append(add(True, True))
for i in range(40):
    out.append(mul(i, 3))
out.append(mul(-(2 ** 40), 2 ** 40))
out.append(mul("xy", 3))
out.append(mul(0.1, 3))
for i in range(40):
    out.append(lt(i, 20))
for i in range(40):
    out.append(lt(i * 0.25, 5.0))
out.append(lt("abc", "abd"))
out.append(lt(1, 1.5))
out.append(lt(float("nan"), 1.0))
out.append(lt((1, 2), (1, 3)))
xs = list(range(50))
for i in range(40):
    out.append(get(xs, i) + get(xs, -1 - i))
out.append(get((10, 20, 30), 1))
out.append(get({"a": 1, "b": 2}, "b"))
out.append(get("hello", 4))
out.append(get(xs, slice(2, 5)))
out.append(get({(1, 2): "t"}, (1, 2)))
for i in range(20):
    out.append(total(range(i)))
out.append(total([1, 2, 3]))
out.append(total((4, 5)))
out.append(total({7: 0, 8: 0}))
out.append(total(range(3)))
print(out)


def cmp_strs(words):
    n = 0
    for w in words:
        if w == "b" or (isinstance(w, str) and w < "c"):
            n += 1
    return n


print(cmp_strs(["a", "b", "c", "d"] * 10), cmp_strs(["z", 1.5, "a"]))


def mixed(n):
    x = 0
    for i in range(n):
        x = x + i
        if i == n // 2:
            x = float(x)
    return x


print(mixed(100))
