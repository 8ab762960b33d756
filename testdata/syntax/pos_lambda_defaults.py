f = lambda a, b=1, *c, d=2, **e: (a, b, c, d, e)
