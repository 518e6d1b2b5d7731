x=1
match x:
    case {**_}: pass
