x=1
match x:
    case C(1=2):
        pass
