a+b-c*d/e//f%g**h@i
a<<b>>c&d|e^f
~a
a<b>c<=d>=e==f!=g
x:=1 if 0 else 0
def f()->int: ...
a.b
x[1:2]
f(a,b)
{1:2}
;
