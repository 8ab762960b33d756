f(p, k=1, p2)
