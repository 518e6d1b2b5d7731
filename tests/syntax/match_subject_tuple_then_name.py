match x, y z:
    case 1: pass
