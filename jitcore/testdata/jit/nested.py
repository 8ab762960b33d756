# Nested range loops inside compiled loops and functions.


def matmul(n):
    a = [float(i % 7) for i in range(n * n)]
    b = [float((i * 3) % 5) for i in range(n * n)]
    c = [0.0] * (n * n)
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += a[i * n + k] * b[k * n + j]
            c[i * n + j] = s
    return sum(c)


def steps(n):
    t = 0
    for i in range(n):
        for j in range(i, -3, -2):
            t += j
        for j in range(0, i, 3):
            if j > 6:
                break
            t -= j
        for j in range(i, i):
            t += 1000
    return t


def tri(n):
    t = 0
    for i in range(n):
        for j in range(i):
            t += j * i
    return t


def edge(n):
    t = 0
    for i in range(n):
        for j in range(9223372036854775800, 9223372036854775807, 3):
            t += j % 1000
        for j in range(-9223372036854775807, -9223372036854775800, 4):
            t += j % 1000
    return t


def wide(n):
    t = 0
    for i in range(n):
        for j in range(i * 4611686018427387904, 4611686018427387904 * 2):
            t += 1
            break
    return t


def find(n):
    # leaves the outer loop from inside the inner one
    for i in range(n):
        for j in range(n):
            if i * j == 42:
                return i * 100 + j
    return -1


print(matmul(12))
print(steps(50), steps(0))
print(tri(300))
print(edge(300))
print(wide(5))
print(find(50), find(3))
for q in range(1200):
    steps(q % 5)
print(steps(7))
