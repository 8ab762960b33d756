# Scenario: a Mandelbrot kernel; all the time is in one numeric function.
# JIT: compiled mandel_count
# Expect: hot-spot, njit-candidate
# Static: none
"""Counts the points of a grid that stay in the Mandelbrot set."""


def mandel_count(width, height, max_iter):
    inside = 0
    for y in range(height):
        ci = 2.0 * y / height - 1.0
        for x in range(width):
            cr = 3.0 * x / width - 2.0
            zr = 0.0
            zi = 0.0
            n = 0
            while n < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            if n == max_iter:
                inside += 1
    return inside


print(mandel_count(80, 60, 80))
