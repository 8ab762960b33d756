def scan(xs):
    i = 0
    s = 0
    while i < len(xs):
        s += xs[i] * (len(xs) - i)
        i += 1
    return s


def shadow(xs):
    global len
    t = 0
    for k in range(3):
        for i in range(3000):
            t += len(xs)
        if k == 0:
            len = lambda v: 7
    del len
    return t


print(scan(list(range(3000))), scan([0.5] * 3000))
print(shadow([1, 2, 3]))
