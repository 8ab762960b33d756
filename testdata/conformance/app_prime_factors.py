# Integer factorisation: trial division plus Pollard's rho with a deterministic Miller-Rabin test.

def is_prime(n):
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def rho(n):
    if n % 2 == 0:
        return 2
    c = 1
    while True:
        x = y = 2
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = gcd(abs(x - y), n)
        if d != n:
            return d
        c += 1


def factorise(n):
    factors = {}
    for p in (2, 3, 5, 7, 11, 13):
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
    stack = [n] if n > 1 else []
    while stack:
        m = stack.pop()
        if is_prime(m):
            factors[m] = factors.get(m, 0) + 1
        else:
            d = rho(m)
            stack += [d, m // d]
    return dict(sorted(factors.items()))


def show(factors):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in factors.items()) or "1"


numbers = [1, 2, 97, 360, 1001, 65537, 2 ** 32 + 1, 600851475143, 10 ** 12 + 39,
           2 ** 64 - 1, 1234567891011121314, 3 ** 40 - 1]
for n in numbers:
    f = factorise(n)
    product = 1
    for p, e in f.items():
        product *= p ** e
    print(f"{n:>22} = {show(f)}  ok={product == n}")
print([n for n in range(90, 130) if is_prime(n)], is_prime(2 ** 61 - 1), is_prime(2 ** 67 - 1))
print(factorise(2 ** 67 - 1), sum(e for e in factorise(2 ** 64 - 1).values()))
