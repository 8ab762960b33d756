# math functions in compiled loops and functions.
import math


def norm(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i) + math.fabs(-0.5 * i) + math.pi
    return s


def trig(n):
    s = 0.0
    for i in range(n):
        x = i * 0.01
        s += math.sin(x) * math.cos(x) + math.exp(-x) + math.log1p(x)
    return s


def domain(n):
    # math.sqrt of a negative number raises in the interpreter
    s = 0.0
    for i in range(n):
        s += math.sqrt(50 - i)
    return s


def logs(n):
    s = 0.0
    for i in range(n):
        s += math.log10(100 - i)
    return s


def zero(x):
    return math.sqrt(x) + math.sqrt(-x)


print(norm(2000))
print(trig(2000))
try:
    print(domain(100))
except ValueError as e:
    print("ValueError", e)
try:
    print(logs(200))
except ValueError as e:
    print("ValueError", e)
for q in range(1200):
    zero(0.0)
print(zero(0.0), zero(-0.0))
print(math.sqrt(float("nan")), math.sqrt(float("inf")))
