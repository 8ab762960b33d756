# Loops whose final state is a formula of their range (closed forms), and
# loops of the same shape that must run as they are.


def tri(n):
    total = 0
    for i in range(1, n + 1):
        total += i
    return total


def poly(a, b, step, k):
    s1 = 7
    s2 = -3
    s3 = 0
    for i in range(a, b, step):
        s1 += i
        s2 -= k * i * i + 1
        s3 += (i - k) * (i + 2) * i
    return s1, s2, s3, i


def after_loop(n):
    i = "untouched"
    acc = 0
    for i in range(n):
        acc += -i
    else:
        acc += 1000
    return acc, i


def big_start(n):
    acc = 10 ** 30
    for i in range(-n, n, 3):
        acc += i * i * i
    return acc


def float_acc(n):
    acc = 0.5
    for i in range(n):
        acc += i
    return acc


def float_coef(n, k):
    acc = 0
    for i in range(n):
        acc += k * i
    return acc


def bool_acc(n):
    acc = True
    for i in range(n):
        acc += i
    return acc


class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + 2 * other)


def subclass_acc(n):
    acc = MyInt(1)
    for i in range(n):
        acc += i
    return acc, type(acc).__name__


def over_list(xs):
    acc = 0
    for x in xs:
        acc += x
    return acc


def reads_other(n):
    a = 0
    b = 0
    for i in range(n):
        a += i
        b += a
    return a, b


def degree_four(n):
    acc = 0
    for i in range(n):
        acc += i * i * i * i
    return acc


print(tri(3_000_000))
print(tri(300_000))
print(tri(0), tri(1))
print(poly(5, 200_000, 7, 3))
print(poly(100, -100, -9, -4))
print(poly(0, 5, 1, 10 ** 20))
print(after_loop(0), after_loop(10))
print(big_start(100_000))
print(float_acc(1000), float_coef(1000, 0.5))
print(bool_acc(100))
print(subclass_acc(100))
print(over_list(list(range(1000))))
print(reads_other(1000))
print(degree_four(1000))
