match command.split():
    case [action]:
        pass
    case [action, obj, *_] if obj:
        pass
    case {"k": 1, K.V: v, **rest}:
        pass
    case Point(1, y=None) | -1 | 1.5-2j | "a" "b" as z:
        pass
    case (a.b.c, [], (), (p,)):
        pass
    case 1, *others:
        pass
    case True | False | b"x":
        pass
    case _:
        pass
match = 1
match.x, match[0], match(0)
