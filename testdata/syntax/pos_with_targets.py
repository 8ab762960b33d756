with a as (b, c), d as e[0], f as g.h:
    pass
