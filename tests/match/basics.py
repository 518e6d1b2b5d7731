def f(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
        case "a" "b":
            return "ab"
        case None:
            return "none"
        case True:
            return "true"
        case [a, b]:
            return f"pair {a} {b}"
        case [a, *rest]:
            return f"head {a} rest {rest}"
        case {"k": v, **kw}:
            return f"map {v} {kw}"
        case (1 | 2 | 3) as n:
            return f"small {n}"
        case int(n) if n > 100:
            return f"big {n}"
        case str() | bytes():
            return "stringish"
        case _:
            return "other"
for v in [0, -1, 1+2j, "ab", None, True, [1, 2], [1, 2, 3], (4,), {"k": 1, "z": 2}, 2, 500, 50, "s", b"b", 3.5, range(2), 1.0]:
    print(repr(v), f(v))
match = 3
print(match)
case = 4
print(match, case)
def match(x): return x*2
print(match(5))
