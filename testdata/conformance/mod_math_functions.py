import math
vals = [0.5, 1.0, 2.0, 3.7, 10.0, 1e-5, 123.456, 0.1]
for name in ["sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "atan", "asinh", "cbrt", "erf", "erfc", "expm1", "log1p", "sinh", "cosh", "tanh", "degrees", "radians", "exp2"]:
    f = getattr(math, name)
    print(name, [f(v) for v in vals])
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.factorial(30), math.comb(100, 37), math.perm(20, 5), math.perm(6), math.isqrt(10**40 + 12345))
print(math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.gcd(), math.lcm())
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.prod([1, 2, 3, 4]), math.prod([0.5, 4]), math.prod([], start=5))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.dist((1, 2), (4, 6)), math.hypot(0.1, 0.2, 0.3))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.ceil(1e20))
print(math.frexp(10.0), math.ldexp(0.625, 4), math.modf(-3.25), math.fmod(-7, 3), math.remainder(7, 3))
print(math.copysign(3, -0.0), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.pow(2, 10), math.pow(2, 0.5), math.atan2(1, -1), math.log(8, 2), math.log(10**500), math.log2(2**1000))
print(math.ulp(1.0), math.nextafter(1.0, 2.0))
for expr in ["math.sqrt(-1)", "math.log(0)", "math.exp(1000)", "math.factorial(-1)", "math.factorial(2.5)", "math.acos(2)", "math.pow(0, -1)", "math.comb(-1, 2)", "math.isqrt(-4)", "math.floor(math.inf)", "math.floor(math.nan)", "math.ldexp(1.0, 2000)", "math.gamma(0)", "math.lgamma(-2)", "math.fsum([math.inf, -math.inf])", "math.dist((1,), (1, 2))", "math.sqrt('x')", "math.fmod(1, 0)", "math.cosh(1000)", "math.atanh(1)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
