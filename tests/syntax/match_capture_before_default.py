x=1
match x:
    case y:
        pass
    case _:
        pass
