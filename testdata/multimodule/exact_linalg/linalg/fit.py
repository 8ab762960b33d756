import math
import statistics


def fit_line(points):
    xs, ys = zip(*points)
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxy = math.fsum((x - mx) * (y - my) for x, y in points)
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    slope = sxy / sxx
    return slope, my - slope * mx


def residuals(points, slope, intercept):
    return [y - (slope * x + intercept) for x, y in points]
