x=1
match x:
    case f(): pass
    case a.b(): pass
    case a.b.c[1]: pass
