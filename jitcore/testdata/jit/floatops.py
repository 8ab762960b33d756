# Float **, // and % with Python's rules, and int ** int, in compiled code.


def mixed(n):
    s = 0.0
    t = 0.0
    for i in range(1, n):
        x = i * 0.37 - 5.0
        s += (x * x) ** 1.5 + x ** 2 + 2 ** x + x ** -1
        t += x // 0.7 + x % -1.3 + (i % 7) // 2.5 + i % 3.5 + (-x) % 2.0
    return s, t


def complex_root(n):
    # a negative base to a fractional power is complex in Python: deopt
    r = 0.0
    for i in range(n):
        r += (i - 3.0) ** 0.5
    return r


def floor_zero(n):
    r = 0.0
    for i in range(n):
        r += 1.0 // (i - 5.0)
    return r


def mod_zero(n):
    r = 0.0
    for i in range(n):
        r += 7.5 % (i - 4)
    return r


def zero_pow(n):
    r = 0.0
    for i in range(n):
        r += 0.0 ** (3 - i)
    return r


def overflow(n):
    r = 1.0
    for i in range(n):
        r = r + 10.0 ** (i * 40)
    return r


def signs(n):
    out = 0.0
    for i in range(n):
        a = (i % 9) - 4.0
        b = (i % 5) - 2.5
        out += a // b + a % b
    return out


def ipow(n):
    s = 0
    for i in range(n):
        s += i ** 2 + (i % 5) ** (i % 4) + 0 ** (i % 3) + (-2) ** (i % 7)
    return s


def ipow_big(n):
    s = 0
    for i in range(n):
        s += 3 ** i
    return s


def ipow_neg(n):
    s = 0
    for i in range(n):
        s += 2 ** (i - 5)
    return s


print(mixed(200))
print(complex_root(10))
try:
    floor_zero(10)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    mod_zero(10)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    zero_pow(10)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    overflow(20)
except OverflowError as e:
    print("OverflowError:", e)
print(signs(1000))
print(ipow(2000))
print(ipow_big(80))
print(ipow_neg(10))
