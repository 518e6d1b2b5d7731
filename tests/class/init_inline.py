# Classes called with their __init__ run inline by the loop (a plain class: object's
# __new__, a Python __init__ taking the call's positional arguments), and the cases
# that must keep the generic path; stores of new attributes through STORE_ATTR's cache.
class Base:
    def __init__(self, a):
        self.a = a
class Sub(Base):
    def __init__(self, a):
        super().__init__(a)
        self.b = a * 2
s = Sub(3); print(s.a, s.b)
def mk(k):
    class C:
        def __init__(self, v):
            self.v = v + k
    return C
print(mk(10)(1).v)
class W:
    def __init__(self, x):
        def inner(): return x
        self.f = inner
print(W(5).f())
class Defaults:
    def __init__(self, x, y=3):
        self.t = (x, y)
print(Defaults(1).t, Defaults(1, 2).t)
class KW:
    def __init__(self, x):
        self.x = x
print(KW(x=4).x)
class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, q):
        self.q = q
print(M(8).q)
class WithNew:
    def __new__(cls, v):
        o = super().__new__(cls); o.n = v; return o
    def __init__(self, v):
        self.i = v
w = WithNew(2); print(w.n, w.i)
import abc
class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    def __init__(self): pass
try: Abs()
except TypeError as e: print(e)
class Dsc:
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): print("setter", v)
    def __init__(self):
        self.p = 5
        self.q = 6
Dsc(); Dsc()
class SA:
    def __setattr__(self, n, v):
        print("sa", n); object.__setattr__(self, n, v)
    def __init__(self): self.z = 1
SA(); SA()
class Later:
    def __init__(self): self.a = 1; self.b = 2
Later(); Later()
Later.b = property(lambda s: 42)
try:
    Later()
except AttributeError as e: print("AE", e)
class DD:
    def __init__(self): self.__dict__ = {'pre': 1}; self.x = 2
print(DD().__dict__, DD().__dict__)
class DS(dict): pass
class DDS:
    def __init__(self): self.__dict__ = DS(pre=1); self.x = 2
print(DDS().__dict__, type(DDS().__dict__))
import sys
class Frm:
    def __init__(self):
        f = sys._getframe(1)
        print(f.f_code.co_name, f.f_lineno)
def caller():
    Frm()
caller()
import traceback
class Bad:
    def __init__(self):
        1/0
def show_tb(e):
    tb, where = e.__traceback__, []
    while tb:
        where.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(type(e).__name__, e, where)
try:
    Bad()
except ZeroDivisionError as e:
    show_tb(e)
class Ret:
    def __init__(self): return 1
try:
    Ret()
except TypeError as e:
    show_tb(e)
class Gen:
    def __init__(self):
        yield 1
try: Gen()
except TypeError as e: print(e)

class A:
    def __init__(self, x):
        self.x = x
class B:
    def __init__(self):
        return 5
class C:
    def __init__(self, x):
        raise ValueError(x)
class D(A):
    pass
class E:
    def __init__(self, a, b=2):
        self.s = a + b
print(A(3).x, D(4).x, E(1).s)
try:
    B()
except TypeError as e:
    print("TE", e)
try:
    C(7)
except ValueError as e:
    print("VE", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    A()
except TypeError as e:
    print(e)
try:
    A(1, 2)
except TypeError as e:
    print(e)
class F:
    def __init__(self, v):
        self.v = v
        F.__init__ = lambda self, v: setattr(self, 'w', v)
f1 = F(1); f2 = F(2)
print(f1.__dict__, f2.__dict__)
class G:
    __slots__ = ('a',)
    def __init__(self, a):
        self.a = a
print(G(5).a)
class H:
    def __init__(self, a):
        self.a = a
        self.a = a + 1
        del self.a
        self.a = 9
print([H(i).a for i in range(3)])
import gc
class N:
    def __init__(self, o):
        self.o = o
for i in range(100):
    n = N(None); n.o = n
gc.collect()
print(sys.getrefcount(A) > 0)
