x=1
match x:
    case {x.y+1: 1}: pass
