from shapes.polygon import regular_polygon, area
from shapes import transform
pts = regular_polygon(6, radius=2)
print([transform.fmt(p) for p in pts])
print(round(area(pts), 10), round(area(transform.rotate(pts, 0.3)), 10))
