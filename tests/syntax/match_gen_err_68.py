def f(v):
    match v:
        case [ 1.5 None:
            return 1
        case 0:
            return 0
print(f([1]))
