x=1
match x:
    case a.b as c.d:
        pass
