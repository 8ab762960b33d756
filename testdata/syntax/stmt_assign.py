x = 1
a = b = c
a, b = b, a
[a, *b] = c
x.y = z[0] = 1
