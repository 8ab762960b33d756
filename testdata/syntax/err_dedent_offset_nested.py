def f():
    if x:
        if y:
    z
