match x:
    case f(): pass
    case 1 + 1: pass
