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
        case ((([] as z) as z) as z):
            print(1, sorted(k for k in locals() if len(k) == 1))
        case other:
            print("other")
f({"a": 1, "b": [2]})
