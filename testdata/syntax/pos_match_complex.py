match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case {"x": x, **rest} if x > 0:
        pass
    case [Point(x=0, y=0), *others]:
        pass
    case -1.5 | 0x10 | 1e3 | 'a' 'b':
        pass
