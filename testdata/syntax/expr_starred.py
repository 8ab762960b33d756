*a, b = c
print(*a)
[*a, *b]
for *a, b in c: pass
