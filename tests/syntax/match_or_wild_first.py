x=1
match x:
    case _ | 1: pass
