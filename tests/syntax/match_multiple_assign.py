x=1
match x:
    case [a, a]: pass
