def total(n):
    s = 9223372036854775000
    for i in range(1, n + 1):
        s += i & 0xFFFFFFFF  # not a closed-form sum: the native loop overflows
    return s


def tri(n):
    s = 0
    i = 0
    while i < n:
        i += 1
        s = s + i * i * i * i * i
    return s


print(total(3000))
print(tri(7000))
