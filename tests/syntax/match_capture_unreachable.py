match x:
    case y | 1: pass
    case 2: pass
