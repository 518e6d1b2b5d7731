def f(v):
    match v:
        case [ [ x 1.5 2j -x:
            return 1
        case 0:
            return 0
print(f([1]))
