def f(a, a): pass
a, *b, *c = d
from __future__ import braces
assert(x, 'msg')
class C:
    return 1
[x async for x in y]
