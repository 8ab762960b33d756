# Evaluation order of assignments: right side first, then targets left to right.
trace = []

class Recorder:
    def __init__(self, name):
        self.name = name
        self.store = {}

    def __setitem__(self, key, value):
        trace.append(f"{self.name}[{key!r}] = {value!r}")
        self.store[key] = value

    def __getitem__(self, key):
        trace.append(f"{self.name}[{key!r}]")
        return self.store[key]

    def __setattr__(self, name, value):
        if name not in ("name", "store"):
            trace.append(f"{self.name}.{name} = {value!r}")
        object.__setattr__(self, name, value)

def val(label, value):
    trace.append(f"eval {label}")
    return value

a, b = Recorder("a"), Recorder("b")
a[val("k1", "x")] = b[val("k2", "y")] = val("rhs", 42)
print(trace)
trace.clear()

a.first, b.second = val("p", 1), val("q", 2)
print(trace)
trace.clear()

a[val("key", "n")] = 0
a[val("key", "n")] += val("inc", 5)
print(trace, a.store)
trace.clear()

x = [0, 1, 2]
i = 0
i, x[i] = 1, 99   # i is rebound before x[i] is assigned
print(i, x)

y = [0, 1, 2]
j = 0
y[j], j = 77, 2
print(j, y)

d = {}
d["a"] = d["b"] = d.setdefault("c", [])
d["a"].append(1)
print(d, d["a"] is d["c"])

p = q = r = 0
p += 1
print(p, q, r)

m, n = n, m = 1, 2
print(m, n)

values = [1, 2, 3]
values[0], values[2] = values[2], values[0]
print(values)
head, *values[1:] = "xyz"
print(head, values)

def f():
    trace.append("f called")
    return [10, 20]

f()[0] = val("assigned", 5)
print(trace)
