x=1
match x:
    case a as _: pass
