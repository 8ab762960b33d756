async def f():
    await x
    async for a in b:
        pass
    else:
        pass
    async with a as b, c:
        pass
    return [x async for x in y]
