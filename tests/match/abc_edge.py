from collections.abc import Mapping, Sequence
from collections import namedtuple, deque, OrderedDict
from dataclasses import dataclass

class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)

class MySeq(Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)

for v in [MyMap({"a": 1, "b": 2}), MySeq(1, 2, 3), deque([4, 5]), OrderedDict(a=9)]:
    match v:
        case {"a": a, **rest}:
            print("mapping", type(v).__name__, a, rest)
        case [x, *ys]:
            print("sequence", type(v).__name__, x, ys)

P = namedtuple("P", "x y")
match P(1, 2):
    case P(x, y):
        print("namedtuple", x, y)
match P(1, 2):
    case (a, b):
        print("namedtuple as seq", a, b)

@dataclass
class D:
    a: int
    b: str = "z"
match D(3):
    case D(a, b):
        print("dataclass", a, b)
print(D.__match_args__)

class Eq:
    def __eq__(self, other):
        raise RuntimeError("eq boom")
class Holder:
    E = Eq()
try:
    match 1:
        case Holder.E:
            pass
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    match [1]:
        case [x] if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised", e, x)

class Prop:
    @property
    def boom(self):
        raise ValueError("prop boom")
    @property
    def missing(self):
        raise AttributeError("nope")
try:
    match Prop():
        case Prop(missing=1):
            print("matched?")
        case Prop(boom=1):
            pass
except ValueError as e:
    print("ValueError:", e)

class WeirdLen(list):
    def __len__(self):
        raise TypeError("len boom")
try:
    match WeirdLen([1]):
        case [a]:
            print(a)
except TypeError as e:
    print("TypeError:", e)

# value patterns with == semantics: 1 matches True? True is singleton
for v in [1, 1.0, True, 0, False]:
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "== 1")
        case False:
            print(repr(v), "is False")
        case 0:
            print(repr(v), "== 0")

match "hello":
    case "he" "llo":
        print("concatenated")
match b"x":
    case b"x":
        print("bytes literal")
match -0.5:
    case -0.5:
        print("neg float")
match 3 - 4j:
    case 3 - 4j:
        print("complex sub")
match -2j:
    case -2j:
        print("neg imag")
match 0x10:
    case 16:
        print("hex")

# mapping with dict subclass overriding get
class G(dict):
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
match G(a=1):
    case {"a": 1, "b": _}:
        print("no")
    case {"a": v}:
        print("G", v)

# rest captures copy
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": _, **others}:
        others["z"] = 0
        print(others, d)
