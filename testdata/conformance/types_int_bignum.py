# Arbitrary-precision integer arithmetic: factorials, powers and digit sums.

def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def digit_sum(n):
    return sum(int(c) for c in str(n))


def trailing_zeros(n):
    count = 0
    while n and n % 10 == 0:
        n //= 10
        count += 1
    return count


for n in (0, 1, 5, 10, 20, 25, 50, 100):
    f = factorial(n)
    print(f"{n:>3}! has {len(str(f)):>3} digits, digit sum {digit_sum(f):>4}, "
          f"{trailing_zeros(f):>2} trailing zeros")

print(factorial(30))
print(factorial(52))
print(2 ** 100)
print(3 ** 64)
print(-7 ** 21)
print((-7) ** 21)
print(10 ** 40 + 1)
big = 2 ** 127 - 1
print(big, big.bit_length(), big % 1000007)
product = 1
for p in (1000000007, 998244353, 2147483647, 4294967291):
    product *= p
print(product)
print(product // 1000000007 // 998244353)
print(divmod(product, 10 ** 20))
print(pow(2, 1000) % 10 ** 12)
print(pow(2, 1000, 10 ** 12))
print(pow(3, 200, 1000000007))
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[149])
print(fib[149] // fib[148], fib[149] % fib[148])
print(str(2 ** 200)[:20], str(2 ** 200)[-20:])
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print(abs(-(10 ** 30)), -(-(10 ** 30)))
print(int("1" * 50) * 9 + 9)
print((10 ** 50) == 10 ** 50, 10 ** 50 > 10 ** 49, hash(10 ** 5))
