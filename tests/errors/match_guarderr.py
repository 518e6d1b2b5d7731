def f():
    match [1, 2]:
        case [a, b] if c:
            pass
f()
