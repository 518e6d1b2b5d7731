x=1
match x:
    case C(a=b) | b: pass
    case 1: pass
