
g = None
def setg(v):
    global g
    match v:
        case [g, *_]:
            pass
setg([10, 20])
print("global g", g)

def outer():
    n = 0
    def inner(v):
        nonlocal n
        match v:
            case {"n": n}:
                pass
    inner({"n": 7})
    return n
print("nonlocal", outer())

def closure(v):
    match v:
        case (a, b):
            return lambda: a + b
print(closure((1, 2))())

def gen(items):
    for it in items:
        match it:
            case int(n):
                yield n * 2
            case [*xs]:
                yield from xs
            case _:
                yield "?"
print(list(gen([1, [2, 3], "x", 4])))

class _N:
    def __await__(self):
        return iter(())
def nothing():
    return _N()
async def handle(msg):
    await nothing()
    match msg:
        case {"type": "add", "a": a, "b": b}:
            return a + b
        case {"type": "neg", "v": v}:
            return -v
        case {"type": t}:
            return f"unknown {t}"
async def main():
    for m in [{"type": "add", "a": 1, "b": 2}, {"type": "neg", "v": 5}, {"type": "x"}]:
        print(await handle(m))
c = main()
try:
    c.send(None)
except StopIteration:
    pass

def nested(v):
    match v:
        case [x, y]:
            match x:
                case 0:
                    return f"zero then {y}"
                case _:
                    match y:
                        case 0:
                            return "then zero"
                    return "neither"
        case _:
            return "no"
for v in [[0, 1], [1, 0], [1, 1], 5]:
    print(nested(v))

class Body:
    match [1, 2]:
        case [p, q]:
            total = p + q
print(Body.total, Body.p)

# loops with break/continue/return inside cases
for i in range(6):
    match i:
        case 1:
            continue
        case 4:
            break
        case _:
            print("loop", i)

def ret_in_loop():
    for v in [[1], [2, 3], [4]]:
        match v:
            case [a, b]:
                return (a, b)
print(ret_in_loop())

# try inside case, exceptions through match
def risky(v):
    try:
        match v:
            case [a]:
                return 1 / a
    except ZeroDivisionError:
        return "div0"
print(risky([0]), risky([2]))

# soft keywords as names
match = [1]
case = {"k": 2}
_ = 5
print(match, case, _)
match[0] = 9
print(match)
match.append(3)
print(match)
case["k"] += 1
print(case)
def f(match, case): return match + case
print(f(1, case=2))
print([match for match in range(3)])
match(x := 1) if False else None
match -1:
    case -1:
        print("negative subject")
