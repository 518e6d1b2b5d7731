x=1
match x:
    case f"x": pass
