# sequences
def seq(x):
    match x:
        case []:
            return "empty"
        case [_]:
            return "one"
        case [a, _, *_, b] if a == b:
            return f"ends equal {a}"
        case [*_, last]:
            return f"last {last}"
        case (a, b, *mid, c):
            return "never"
        case _:
            return "not seq"

for v in [[], (), [1], (1,), [1, 2, 1], [1, 2, 3, 1], [1, 2], "abc", b"ab", bytearray(b"xy"), range(3), range(0), {1: 2}, {1, 2}]:
    print(repr(v), seq(v))

def star(x):
    match x:
        case [first, *middle, last]:
            print("fml", first, middle, last)
        case [*everything]:
            print("all", everything)
for v in [[1], [1, 2], [1, 2, 3, 4], (5, 6, 7), range(4)]:
    star(v)

# mappings
def mp(x):
    match x:
        case {}:
            pass
    match x:
        case {"a": 1, "b": b}:
            return f"a1 b={b}"
        case {"a": a, **rest} if rest:
            return f"a={a} rest={rest}"
        case {"a": _}:
            return "just a"
        case {}:
            return "some mapping"
        case _:
            return "not mapping"
for v in [{"a": 1, "b": 2}, {"a": 2, "c": 3}, {"a": 5}, {}, {"z": 1}, [("a", 1)], "a"]:
    print(v, mp(v))

from collections import defaultdict, OrderedDict
d = defaultdict(int, {"a": 1})
match d:
    case {"a": x, "b": y}:
        print("no", x, y)
    case {"a": x}:
        print("defaultdict a", x, dict(d))

class K:
    A = "a"
    B = "b"
match {"a": 1, "b": 2}:
    case {K.A: x, K.B: y}:
        print("dotted keys", x, y)

try:
    match {"a": 1}:
        case {K.A: 1, "a": 2}:
            pass
except ValueError as e:
    print("ValueError:", e)

# value patterns compare with ==
class C:
    V = 1.0
match 1:
    case C.V:
        print("1 == 1.0")

# or patterns with bindings
def orp(x):
    match x:
        case [a, 1] | [1, a] | (a, 2):
            return f"a={a}"
        case {"x": y} | {"y": y}:
            return f"y={y}"
        case (p, q) | [q, p, _]:
            return f"p={p} q={q}"
    return "none"
for v in [[5, 1], [1, 6], (7, 2), {"x": 1}, {"y": 2}, (3, 4), [3, 4, 5], 99]:
    print(v, orp(v))

# as patterns
match [1, [2, 3]]:
    case [1, [_, _] as inner] as whole:
        print(inner, whole)

# subject evaluated once
def subj():
    print("subject evaluated")
    return 3
match subj():
    case 1: print(1)
    case 2: print(2)
    case 3: print(3)

# binding behaviour on failure
match [1, 2]:
    case [x, 3]:
        pass
    case _:
        pass
try:
    print(x)
except NameError as e:
    print("NameError:", e)

match 5:
    case y if y > 10:
        pass
    case _:
        pass
print("y bound by failed guard:", y)

# tuple subject
match 1, 2:
    case (1, z):
        print("tuple subject", z)
match *[1, 2], 3:
    case [1, 2, w]:
        print("starred subject", w)
