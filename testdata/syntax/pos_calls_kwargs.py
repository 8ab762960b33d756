print(*args, sep='', **kw)
f(a)(b)[c](d)
obj.method(x=1).other(*y)
