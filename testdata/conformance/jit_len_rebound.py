# A compiled function calling len must see len rebound in builtins or
# shadowed by a global between calls.
import builtins


def total(xs):
    t = 0
    for i in range(len(xs)):
        t += xs[i]
    return t + len(xs)


xs = [1, 2, 3]
for _ in range(300):
    r = total(xs)
print(r)
orig = builtins.len
builtins.len = lambda x: 100
try:
    print(total(xs))
except IndexError as e:
    print("IndexError", e)
builtins.len = orig
print(total(xs))
len = lambda x: 2
print(total(xs))
del len
print(total(xs))
