match x:
    case a:
        pass
    case _:
        pass
