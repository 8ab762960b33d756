from geometry import area
SIDES = 4
