#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Statements of every kind, for the incremental reparse tests."""
import math, sys
from os import path as p, sep
from . import sibling  # noqa

x = 1; y = 2
z = (x +
     y)
w = x \
    + y
s = """a
multi-line string"""
t = f"{x!r:>{y}} and {z=}"
u = rb'\x00' b"b" 
v = [i for i in range(3) if i] + [*range(2)]
d = {**{}, 'k': {1, 2}, (1, 2): lambda a, /, b=1, *c, d, **e: a}

@decorator
@other.decorator(arg=1)
def decorated(a: int, *, b: str = "s") -> None:
    global x
    def inner():
        nonlocal a
        a += 1
        return a
    return inner

@ spaced
class C(Base, metaclass=Meta):
    attr: int = 0
    other: str

    async def method(self):
        async with self.lock as l, other():
            await l
        async for q in self.items:
            yield q
        return [q async for q in self.aiter()]


def gen():
    yield from range(3)
    x = yield
    del x


if x:
    pass
elif y:
    ...
else:
    raise ValueError("no") from None

while x > 0:
    x -= 1
    if x == 5: break
    continue
else:
    pass

for i, (j, k) in enumerate([(1, 2)]):
    pass
else:
    pass

try:
    pass
except (ValueError, TypeError) as e:
    print(e)
except Exception:
    pass
else:
    pass
finally:
    pass

try:
    pass
except* ValueError:
    pass

with open("f") as f, open("g"):
    assert f, "message"

match command.split():
    case [action]:
        pass
    case [action, obj] if obj:
        pass
    case Point(x=0, y=0) | {"k": 1, **rest}:
        pass
    case (1 | 2 | 3) as n:
        pass
    case [1, *others]:
        pass
    case None | True | -1 | 1+2j | "s":
        pass
    case _:
        pass

match = 1
case = match
type = 2
print(match, case, type)

if (n := len(a)) > 10: print(n)
lst[1:2, ::3] = x if y else z
a, *b = c = 1, 2, 3
not_a = not a and b or c
cmp = 1 < x <= 2 != 3 is not None in y not in z
ops = -x + ~y ** 2 // 3 % 4 @ m << 1 >> 2 & 3 | 4 ^ 5
lam = lambda: (yield)
big = 123456789012345678901234567890 + 0x_ff + 1_000.5e-3 + 3j
sc = {i for i in x}; dc = {k: v for k, v in y if k}; ge = sum(i for i in z)
print(*a, sep="", **k)
del a[0], b.c
sl = x[1:2:3], x[::], x[...]
async def agen():
    await (yield)
    return [await a async for a in b]


# a comment at the end
