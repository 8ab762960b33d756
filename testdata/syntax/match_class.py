match x:
    case Point():
        pass
    case Point(1, 2):
        pass
    case Point(x=1, y=_):
        pass
    case a.b.C(1, k=v):
        pass
    case int(n) | float(n):
        pass
