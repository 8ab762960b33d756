from fractions import Fraction as F
import math
a, b = F(3, 4), F("-1.25")
print(a, b, repr(a), F(6, -8), F(0.1), F("7"), F(" 3/9 "), F("1e-3"), F(2.5), F(F(1, 3)), F(5, F(2, 3)))
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, b ** -3, 2 ** F(1, 2), F(4) ** F(1, 2))
print(a + 1, 1 - a, a * 2.0, a + 0.5, 1 / a, a == 0.75, a < 1, a > b, a >= F(3, 4), sorted([F(1, 2), F(1, 3), 0.4, 1]))
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(10), F(1, 3).limit_denominator(), F(355, 113).numerator)
print(round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), int(F(-7, 2)), float(F(1, 3)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), {F(1, 2): 'x'}[0.5], abs(F(-1, 2)), -a, +a, bool(F(0)))
print(sum([F(1, n) for n in range(1, 11)]), F(1, 3).as_integer_ratio())
for bad in ["F(1, 0)", "F('abc')", "F('1/0')", "a / F(0)", "F(1.5, 2)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
