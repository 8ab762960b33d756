# int methods and attributes, integer rounding and digit manipulation utilities.

for n in (0, 1, 6, -6, 255, 2 ** 100, -(2 ** 65) + 3):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator,
          n.real, n.imag, n.conjugate())
print(int.from_bytes(b"\x12\x34", "big"), (4660).to_bytes(2, "little"), (7).__index__())
print(round(1234, -1), round(1235, -1), round(1245, -1), round(-1255, -1), round(5, 1), round(5, -5))
print(type(round(7, 2)).__name__, round(10 ** 30 + 5 * 10 ** 9, -10), round(999, -3), round(-500, -3))


def digits(n, base=10):
    out = []
    n = abs(n)
    while True:
        n, d = divmod(n, base)
        out.append(d)
        if n == 0:
            return out[::-1]


def digital_root(n):
    while n >= 10:
        n = sum(digits(n))
    return n


def is_armstrong(n):
    ds = digits(n)
    return n == sum(d ** len(ds) for d in ds)


def reverse_int(n):
    sign = -1 if n < 0 else 1
    return sign * int(str(abs(n))[::-1])


print(digits(90210), digits(255, 16), digits(0), digits(-37, 2), digits(10 ** 25)[:3])
print([digital_root(n) for n in (0, 9, 38, 123456789, 2 ** 100)])
print([n for n in range(1, 10000) if is_armstrong(n)])
print(reverse_int(12340), reverse_int(-987), reverse_int(10 ** 20 + 1))
print(sum(digits(2 ** 1000)), len(digits(3 ** 500)), max(digits(7 ** 77)))


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


collatz_max = max(range(1, 3000), key=collatz_steps)
print(collatz_max, collatz_steps(collatz_max), collatz_steps(27))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


print(gcd(1071, 462), gcd(-48, 18), gcd(0, 5), gcd(2 ** 100, 6 ** 50), 48 * 18 // gcd(48, 18))
print(int.__name__, int.bit_length(13), int.to_bytes(300, 2, "big"), (-1).__abs__(), (5).__neg__())
print(isinstance(True.bit_length(), int), (3).__add__(4), (3).__rsub__(10), (7).__floordiv__(2), (7).__pow__(2, 5))
