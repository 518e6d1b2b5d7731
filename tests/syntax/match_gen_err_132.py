def f(v):
    match v:
        case f"z" k= -x { 1+2j { 2j:
            return 1
        case 0:
            return 0
print(f([1]))
