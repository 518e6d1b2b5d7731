x=1
match x:
    case [a, b] | [a] | [b, a]: pass
