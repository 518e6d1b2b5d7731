# closures, cells, nonlocal, class cells
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter(); c(); c(5); print(c())
def cellarg(x, y):
    def g(): return x + y
    x = x * 10
    return g
print(cellarg(1, 2)())
class A:
    def f(self): return "A.f"
    def __init__(self): self.__p = 5
    def get(self): return self.__p
class B(A):
    def f(self): return "B>" + super().f()
    def cls(self): return __class__.__name__
b = B(); print(b.f(), b.cls(), b.get(), b._A__p)
def outer():
    x = 1
    class C:
        y = x
        x = 2
        def m(self): return x
    return C
C = outer(); print(C.y, C.x, C().m())
def classfree():
    v = "free"
    class D:
        w = v
    return D.w
print(classfree())
x = 10
def gl():
    global x
    x += 1
    return x
print(gl(), x)
# comprehension scoping
y = 5
print([y for _ in range(2)], [(y := i) for i in range(3)], y)
def walrus():
    data = [1, 2, 3]
    if any((t := v) > 1 for v in data):
        return t
print(walrus())
print({k: v for k, v in zip("ab", range(2))}, {i % 3 for i in range(10)})
g = (i * i for i in range(4)); print(list(g), list(g))
print([[j for j in range(i)] for i in range(4)])
print([(a, b) for a in range(3) if a for b in range(a) if b != 1])
lam = lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)
print(lam(1, d=4), lam(1, 2, 3, d=4, z=9))
def deco(tag):
    def w(fn):
        def inner(*a, **k): return tag + str(fn(*a, **k))
        return inner
    return w
@deco("<")
@deco(">")
def h(v): return v * 2
print(h(21))
def kwo(a, /, b, *, c=3): return a, b, c
print(kwo(1, 2), kwo(1, b=5, c=6))
print(kwo.__defaults__, kwo.__kwdefaults__, kwo.__code__.co_varnames, kwo.__code__.co_argcount)
def doc():
    "the doc"
    return 1
print(doc.__doc__, counter.__doc__, lam.__name__, c.__qualname__, C.m.__qualname__)
