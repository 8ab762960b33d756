async def f():
    [x async for x in y]
    {x: 1 async for x in y if await x}
    (await x for x in y)
    [x for y in z async for x in y]
