a or b and not c == d | e ^ f & g << h + i * -j ** k
lambda: a if b else c
x = not a == b
