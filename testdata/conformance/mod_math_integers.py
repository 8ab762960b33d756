# math on integers of any size: factorials, binomials, gcd/lcm, isqrt, exact float sums.
import math
print(math.factorial(0), math.factorial(20), math.factorial(52))
print(math.comb(52, 5), math.comb(10, 0), math.comb(5, 7), math.comb(1000, 500) % 10**12)
print(math.perm(52, 5), math.perm(5, 0), math.perm(4), math.perm(3, 5))
print(math.gcd(2**100, 6**50), math.gcd(-12, 18), math.gcd(0, 0), math.lcm(2**64, 3**40) % 10**9, math.lcm(-4, 6))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**100), math.isqrt(2**127 - 1))
print(math.prod(range(1, 21)), math.prod([2**40] * 3), math.prod(["ab"], start=2), math.prod([1.5, 2, 3]))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([0.1] * 10), math.fsum(i / 7 for i in range(100)))
print(math.log(2**1000), math.log2(2**2000), math.log10(10**400), math.log(3**300, 3))
print(math.floor(2.5), math.ceil(-0.5), math.trunc(1e20), math.floor(-1e300) == -1e300, type(math.floor(3.7)).__name__)
print(math.hypot(*range(10)), math.dist([0, 0, 0], [1e200, 1e200, 1e200]), math.hypot(), math.hypot(-3))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-12, 0, abs_tol=1e-9), math.copysign(0.0, -1), math.fabs(-2), math.modf(7.5))
for bad in ["math.factorial(-3)", "math.comb(3, -1)", "math.perm(-1)", "math.isqrt(-1)", "math.gcd(1.5, 2)", "math.log(0)", "math.log(-2**2000)", "math.sqrt(-0.0)"]:
    try:
        print(bad, eval(bad))
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
