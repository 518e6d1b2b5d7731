# Argument-binding errors name the function by its __qualname__ (methods, nested functions, lambdas, __init__).
def t(f, *a, **k):
    try:
        f(*a, **k)
    except TypeError as e:
        print(e)
class C:
    def m(self, a): pass
    def __init__(self, x): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
    class Inner:
        def m(self, a, *, k): pass
def f():
    def g(): pass
    return g
def outer():
    class L:
        def m(self): pass
    return L
t(C(1).m)
t(C(1).m, 1, 2)
t(C)
t(C, 1, 2)
t(C.s)
t(C.c)
t(C.Inner().m, 1)
t(C.Inner().m, 1, 2, k=3)
t(C.Inner().m, 1, k=3, z=4)
t(f(), 1)
t(f(), a=1)
t(lambda x: x)
t(lambda: 0, 1)
t(outer()().m, 1)
t(C(1).m, 1, a=2)
def kw(*, a, b): pass
t(kw)
t(kw, 1)
def po(a, /, b): pass
t(po, a=1, b=2)
def many(a, b, c=1, *, d, e=2): pass
t(many)
t(many, 1, 2, 3, 4, d=1)
t(many, 1)
async def co(a): pass
t(co)
def gen(a): yield
t(gen)
t(C(1).m, x=1, a=1)
class D:
    def __new__(cls, a): return object.__new__(cls)
t(D)
class E:
    pass
t(E, 1)
t(int.__add__)
t(C.m)
class C2:
    def m(self, a): pass
    def __init__(self, x): pass
    def __eq__(self, o, extra): pass
    def __len__(self, x): pass
    def __repr__(self, x): return ""
def f2():
    def g(): pass
    return g
t(lambda: list(map(C2(1).m, [1], [2])))
t(lambda: sorted([1, 2], key=f2()))
t(lambda: C2(1) == C2(2))
t(lambda: len(C2(1)))
t(lambda: repr(C2(1)))
t(lambda: list(map(C2, [1], [2])))
t(lambda: f2()(*[1]))
t(lambda: f2()(**{'a': 1}))
t(lambda: C2(1).m(*[1, 2]))
t(lambda: C2(**{'x': 1, 'y': 2}))
class P:
    @property
    def p(self, extra): pass
t(lambda: P().p)
class G:
    def __getattr__(self): pass
t(lambda: G().zz)
def d(a, b=2, *args, c, **kw): pass
t(d, 1)
t(d)
import sys
t(lambda: sys.exit(1, 2))
class Meta(type):
    def __call__(cls, a): pass
class M(metaclass=Meta): pass
t(M)
class Sub(C2):
    pass
t(Sub)
t(Sub(1).m)
