match x:
    case []:
        pass
    case ():
        pass
    case [a, b, *rest]:
        pass
    case (a, *_, b):
        pass
    case a, b:
        pass
    case [1, [2, 3], (4,)]:
        pass
    case *a, b:
        pass
