async def f():
    await x
    await f(x)
    return await x
def g():
    yield
    yield x
    yield x, y
    x = yield
    y = yield from z
    await_ = (yield)
