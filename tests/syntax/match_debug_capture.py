x=1
match x:
    case __debug__: pass
