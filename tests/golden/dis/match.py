def f(v):
    match v:
        case 0 | None:
            return "zero"
        case [x, *_, y] if x == y:
            return x
        case [first, *rest]:
            return rest
        case {"k": k, **kw}:
            return kw
        case Point(x=0, y=py) as p:
            return p
        case int(n) | float(n):
            return n
        case _:
            return None
