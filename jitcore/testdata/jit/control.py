def skip(n):
    s = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > n - 5:
            break
        s += i * 2
    else:
        s = -1
    return s, i


def nested(n):
    total = 0
    for i in range(n):
        j = 0
        while j < i % 7:
            j += 1
            if j == 5:
                continue
            total += j
        total -= 1
    return total


def rot(n):
    a = 1
    b = 0
    k = 0
    while k < n:
        a, b = b, a + b
        a = a % 1000003
        b = b % 1000003
        k += 1
        if k > 100000:
            return -1
    return a, b


def truthy(n):
    c = 0
    x = 0.0
    for i in range(n):
        if i and not i % 2:
            c += 1
        if x:
            c += 100
        x = -x
    return c


print(skip(3000))
print(nested(3000))
print(rot(3000))
print(truthy(3000))
