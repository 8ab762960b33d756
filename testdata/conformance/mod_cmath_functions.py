import cmath
z = 3 + 4j
def r(c): return complex(round(c.real, 10), round(c.imag, 10))
print(cmath.phase(z) == cmath.phase(complex(3, 4)), round(cmath.phase(-1), 12), cmath.polar(z)[0], cmath.rect(2, 0))
print(cmath.sqrt(-1), cmath.sqrt(z), r(cmath.exp(1j * cmath.pi)), r(cmath.log(-1)), r(cmath.log10(100)), r(cmath.log(8, 2)))
print([r(f(0.5 + 0.25j)) for f in (cmath.sin, cmath.cos, cmath.tan, cmath.asin, cmath.acos, cmath.atan, cmath.sinh, cmath.cosh, cmath.tanh, cmath.asinh, cmath.acosh, cmath.atanh)])
print(cmath.isfinite(z), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.inf, cmath.infj, cmath.pi, cmath.tau)
for bad in ["cmath.log(0)", "cmath.sqrt('x')", "cmath.atanh(1)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
