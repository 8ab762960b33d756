match x:
    case {}:
        pass
    case {'a': 1, 2: b}:
        pass
    case {'k': v, **rest}:
        pass
    case {a.b: c, None: d, -1: e}:
        pass
