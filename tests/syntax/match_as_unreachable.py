x=1
match x:
    case (y as z): pass
    case 2: pass
