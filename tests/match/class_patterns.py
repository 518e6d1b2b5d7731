class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=px, y=py) if px == py:
            return f"diagonal {px}"
        case Point():
            return "somewhere"
        case [Point(x=0), *others]:
            return f"list starting at x=0 with {len(others)} more"
        case {"p": Point(x, y) as pt}:
            return f"mapped {pt} {x} {y}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), [Point(0, 1), 1, 2], {"p": Point(8, 9)}, 42]:
    print(where(p))

# builtins matching themselves
for v in [1, True, 2.5, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset({2})]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case bytes(b):
            print("bytes", b)
        case bytearray(b):
            print("bytearray", b)
        case list(l):
            print("list", l)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(s):
            print("set", s)
        case frozenset(s):
            print("frozenset", s)

class MyInt(int):
    pass
match MyInt(5):
    case MyInt(v):
        print("myint", v)

class Bad:
    __match_args__ = ["a"]
class Bad2:
    __match_args__ = (1,)
class NoArgs:
    pass
for cls, obj in [(Bad, Bad()), (Bad2, Bad2()), (NoArgs, NoArgs())]:
    try:
        match obj:
            case cls(1):
                print("matched?")
    except TypeError as e:
        print("TypeError:", e)
notatype = 3
try:
    match 1:
        case notatype.__class__.__class__(x):
            pass
except TypeError as e:
    print("TypeError:", e)
class NS:
    T = 3
try:
    match 1:
        case NS.T():
            pass
except TypeError as e:
    print("TypeError:", e)
class Dup:
    __match_args__ = ("a", "a")
    a = 1
try:
    match Dup():
        case Dup(1, 1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Dup():
        case Dup(1, a=2):
            pass
except TypeError as e:
    print("TypeError:", e)
