(x := 1)
if (n := len(a)) > 10: pass
[y := f(x), y**2]
f(x := 1)
while chunk := read(): pass
