# Complex numbers: arithmetic, repr, abs, conjugate, and a root finder.

z1 = 3 + 4j
z2 = complex(1, -2)
print(z1, z2, repr(z1), str(z2), complex(0, 1), 1j, -1j, 0j, complex(-0.0, 0.0))
print(z1 + z2, z1 - z2, z1 * z2, z1 / z2, z1 ** 2, z2 ** 0.5)
print(abs(z1), abs(z2), z1.conjugate(), z1.real, z1.imag, type(z1.real).__name__)
print(z1 == complex(3, 4), z1 == 3, complex(3, 0) == 3, 1j * 1j, (1j) ** 2)
print(complex("1+2j"), complex(" -3.5j "), complex("7"), complex(2), complex(1.5, 2.5))
print(complex(float("inf"), 1), complex(1, float("nan")), 1e300j * 1e300)
print(2 * (1 + 1j), (1 + 1j) / 2, 1 + 1j - 1j, 0.5 + 0j, -(1 + 2j), +(1 - 2j))
print(repr(1e20 + 3j), repr(1e-7j), repr(123456789.5 + 0.1j))

def quadratic(a, b, c):
    disc = b * b - 4 * a * c
    root = disc ** 0.5 if disc >= 0 else complex(0, (-disc) ** 0.5)
    return (-b + root) / (2 * a), (-b - root) / (2 * a)

for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 1, 1)]:
    r1, r2 = quadratic(*coeffs)
    print(coeffs, r1, r2)

def mandel(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit

for y in range(6, -7, -2):
    row = ""
    for x in range(-20, 8):
        n = mandel(complex(x / 10, y / 10))
        row += "#" if n == 30 else ".:-=+*%@"[n % 8]
    print(row)

for op in [lambda: z1 // z2, lambda: z1 % 2, lambda: z1 < z2, lambda: 1 / 0j,
           lambda: complex("1+2"), lambda: int(z1)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
