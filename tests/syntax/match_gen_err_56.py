def f(v):
    match v:
        case ( a.b None k= |:
            return 1
        case 0:
            return 0
print(f([1]))
