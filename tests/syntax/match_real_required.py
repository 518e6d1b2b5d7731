x=1
match x:
    case 1j+1: pass
