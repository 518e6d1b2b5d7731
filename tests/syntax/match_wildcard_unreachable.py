x=1
match x:
    case _: pass
    case 2: pass
