def f(v):
    match v:
        case x.y( f"z":
            return 1
        case 0:
            return 0
print(f([1]))
