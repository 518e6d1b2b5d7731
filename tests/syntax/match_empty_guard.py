x=1
match x:
    case a if:
        pass
