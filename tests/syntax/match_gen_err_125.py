def f(v):
    match v:
        case x.y( 1 1+2j ) ,:
            return 1
        case 0:
            return 0
print(f([1]))
