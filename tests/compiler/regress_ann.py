"""doc"""
x: int = 5
y: "str"
class P:
    a: int
    b: str = "s"
    __c: float = 1.0
    if True:
        d: list = []
    def m(self):
        z: int = 3
        w: undefined_name
        return z
print(__annotations__, P.__annotations__, P.b, P().m())
import sys
class Q:
    pass
o = Q()
o.attr: int = 5
lst = [0]
lst[0]: int = 9
print(o.attr, lst, __doc__)
def f():
    v: int
    return "v" in locals()
print(f())
