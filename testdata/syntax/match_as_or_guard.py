match x:
    case [a] as b if b > 0:
        pass
    case (1 | 2) as c:
        pass
    case Color.RED:
        pass
    case a.b.c:
        pass
    case {1: _} | [_, *_] as q if q:
        pass
