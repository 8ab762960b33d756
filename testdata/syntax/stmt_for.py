for x in y:
    pass
for a, b in c.items():
    pass
else:
    pass
for (a, *b) in c: pass
for x in *a, *b: pass
