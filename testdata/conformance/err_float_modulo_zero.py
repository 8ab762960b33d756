# Angle normalisation with a configurable period; a zero period fails with float modulo.

def normalise(angle, period=360.0):
    return angle % period


angles = [0.0, 45.5, 360.0, 725.25, -30.0, -725.25, 1e6]
for a in angles:
    print(f"{a:>10} -> {normalise(a):>8} | rad {normalise(a * 3.141592653589793 / 180, 2 * 3.141592653589793):.6f}")
print([normalise(a, 90) for a in angles])
print([round(normalise(a, -360.0), 6) for a in angles])
print(divmod(725.25, 360), divmod(-725.25, 360), 7.5 // 2, -7.5 // 2, 7.5 % -2)
for period in (1, 0.5, 1e-3):
    print(period, [normalise(x, period) for x in (2.75, -2.75)])
try:
    5.0 // 0.0
except ZeroDivisionError as e:
    print("caught:", e)
try:
    divmod(5.0, 0)
except ZeroDivisionError as e:
    print("caught:", e)
periods = {"deg": 360.0, "grad": 400.0, "turn": 1.0, "broken": 0.0}
for unit, period in periods.items():
    print(unit, normalise(1234.5, period))
