import cmath


def rotate(pts, angle):
    w = cmath.exp(1j * angle)
    return [p * w for p in pts]


def fmt(p):
    return f"({p.real:+.3f}, {p.imag:+.3f})"
