# abs, divmod, pow (three-argument and negative exponents) in a modular-arithmetic toolkit.

print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 - 4j), abs(True), abs(-10 ** 30))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, 5), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(-8, 1 / 3), pow(0, 0), pow(0.0, 0))
print(pow(2, 10, 1000), pow(3, 0, 7), pow(5, 3, -7), pow(-5, 3, 7), pow(7, 10 ** 18, 13))
print(pow(3, -1, 7), pow(10, -1, 17), pow(2, -3, 11), pow(base=2, exp=5), pow(2, 5, mod=3))

def modinv(a, m):
    return pow(a, -1, m)

def crt(remainders, moduli):
    total = 0
    prod = 1
    for m in moduli:
        prod *= m
    for r, m in zip(remainders, moduli):
        part = prod // m
        total += r * part * modinv(part, m)
    return total % prod

print(crt([2, 3, 2], [3, 5, 7]), crt([1, 4, 6], [3, 5, 7]), [modinv(a, 11) for a in range(1, 11)])

def rsa_demo(p, q, e, message):
    n = p * q
    phi = (p - 1) * (q - 1)
    d = pow(e, -1, phi)
    cipher = [pow(ord(ch), e, n) for ch in message]
    plain = "".join(chr(pow(c, d, n)) for c in cipher)
    return n, d, cipher[:4], plain

print(rsa_demo(61, 53, 17, "Hello"))
print(rsa_demo(1000003, 1000033, 65537, "big primes!"))
print(2 ** -2, (-2) ** -2, 10 ** -3, (-1) ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2)
print(pow(10, 25) // pow(10, 23), 7 ** 2 ** 2, (7 ** 2) ** 2, -2 ** 2, 2 ** 3 ** 0)
for bad in [lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5),
            lambda: pow(2, 0.5, 5), lambda: divmod(1, 0), lambda: divmod(1.0, 0.0),
            lambda: abs("x"), lambda: pow(0, -1), lambda: divmod(1j, 1)]:
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
