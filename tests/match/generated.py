# Randomly generated match statements (nested sequence, mapping, class, or and as patterns); the output is CPython 3.11's.
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case 0.5:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case 0.5:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(None)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case "s":
            print(0, sorted(k for k in locals() if len(k) == 1))
        case None:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(C(1, 2))
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case C():
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(1)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case ():
            print(0, sorted(k for k in locals() if len(k) == 1))
        case 1+2j:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([1, 2])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case ():
            print(0, sorted(k for k in locals() if len(k) == 1))
        case C((() as z)):
            print(1, sorted(k for k in locals() if len(k) == 1))
        case {a.b: [], a.b: []}:
            print(2, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f("s")
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case {a.b: (True as z), 1: 1+2j, **rest}:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(1+2j)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case None:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case (None as z):
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(C(1, 2))
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case ({} | b"x" as z):
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(None)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case ():
            print(0, sorted(k for k in locals() if len(k) == 1))
        case C():
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([C(3, 4), 5])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case [(), (), ({"b": (1 as z), a.b: (1+2j, y, 1+2j), **rest}, (-1, a.b) | (), [x, [_]]), *r]:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case "s":
            print(1, sorted(k for k in locals() if len(k) == 1))
        case {}:
            print(2, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f({"a": 1, "b": [2]})
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case True:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case [1, b"x" | 1 | C()]:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(1)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case None:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([C(3, 4), 5])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case 1+2j:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case C():
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f({1: 2})
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case {}:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case None:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case (True as z):
            print(2, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([C(3, 4), 5])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case [_]:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case {1: b"x"}:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case C(None, {}):
            print(2, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([C(3, 4), 5])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case {"b": None, **rest}:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case {}:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(1)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case -1:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case [True, ((), C(True, q=True))]:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(1+2j)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case {1: [1+2j, *r]}:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([[1], (2,)])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case 0.5 | [(0.5)]:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(C(1, 2))
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case 1:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f({1: 2})
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case [_, ({"b": a.b, a.b: 0.5} as z), 1 | None, *r]:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case b"x":
            print(1, sorted(k for k in locals() if len(k) == 1))
        case ((-1, (True as z), (x, True)), []):
            print(2, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(1)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case ({"b": (), **rest} as z):
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f({"a": 1, "b": [2]})
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case True:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(1+2j)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case []:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f((1, "s"))
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case None:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case (None as z):
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(None)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case (()):
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(1+2j)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case C({"b": (a.b)} | C((), "s"), x):
            print(0, sorted(k for k in locals() if len(k) == 1))
        case [[{"a": 0.5, a.b: None, **rest}], {"b": (("s", -1, b"x"))}]:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f({"a": 1, "b": [2]})
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case None:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case b"x":
            print(1, sorted(k for k in locals() if len(k) == 1))
        case C():
            print(2, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([C(3, 4), 5])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case ():
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(1)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case True:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case -1:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f({1: 2})
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case a.b:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case -1:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([1, 2])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case a.b:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case 1:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(1)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case True:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case {a.b: True, "b": 1}:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(1)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case 0.5:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([C(3, 4), 5])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case {1: C((), q=-1), **rest}:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case []:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f("s")
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case "s":
            print(0, sorted(k for k in locals() if len(k) == 1))
        case "s":
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f((1, "s"))
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case {"a": 0.5, **rest}:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case ({}, (True as z)):
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(C(1, 2))
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case (1+2j as z):
            print(0, sorted(k for k in locals() if len(k) == 1))
        case (None as z):
            print(1, sorted(k for k in locals() if len(k) == 1))
        case ():
            print(2, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([[1], (2,)])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case (1+2j as z):
            print(0, sorted(k for k in locals() if len(k) == 1))
        case {"a": 1+2j}:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case (a.b, b"x" | 0.5, {"a": a.b, **rest} | {1: b"x" | -1, **rest}):
            print(2, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f((1, "s"))
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case "s":
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(1+2j)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case ("s" | -1):
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(C(1, 2))
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case {}:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(None)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case (1):
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(None)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case {}:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([C(3, 4), 5])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case 1+2j:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f((1, "s"))
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case [True, *r]:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([1, 2])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case b"x":
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([[1], (2,)])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case (True as z):
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f((1, "s"))
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case {"a": (y as z), a.b: C(None, x, q=-1)}:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case 1:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([[1], (2,)])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case b"x":
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([[1], (2,)])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case 0.5:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case 1+2j:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case -1:
            print(2, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f("s")
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case {}:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(1+2j)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case []:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case (a.b as z):
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f(1+2j)
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case b"x":
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([[1], (2,)])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case b"x":
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f((1, "s"))
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case ({} | _, x):
            print(0, sorted(k for k in locals() if len(k) == 1))
        case {"b": y, **rest}:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case {1: [C(x, a.b, q=1+2j | a.b), b"x", -1]}:
            print(2, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([1, 2])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case a.b:
            print(0, sorted(k for k in locals() if len(k) == 1))
        case 1:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f({"a": 1, "b": [2]})
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case C({a.b: 1+2j}, (0.5 as z)):
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([[1], (2,)])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case ():
            print(0, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([[1], (2,)])
class C:
    __match_args__ = ("p", "q")
    def __init__(self, p, q): self.p = p; self.q = q
    def __repr__(self): return "C"
class a:
    b = 1
def f(v):
    match v:
        case (b"x", ([], b"x")):
            print(0, sorted(k for k in locals() if len(k) == 1))
        case [{} | {}]:
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f([1, 2])
