def f(v):
    match v:
        case [ "s" _ 1 ::
            return 1
        case 0:
            return 0
print(f([1]))
