x = 3
print(f"{x=}", f"{x = }", f"{x=!s}", f"{x*2=:>5}")
kw = {"metaclass": type}
class A(**kw): pass
print(type(A).__name__)
def d(*a, **k): return a, k
print(d(*[1], *[2], c=1, **{"e": 5}))
decos = [lambda f: f]
@decos[0]
def g(): return "g"
print(g())
class G:
    global gg
    gg = "global from class"
print(gg)
def delg():
    global x
    del x
delg()
print("x" in globals())
y = 10
def lam_default(f=lambda: y): return f()
print(lam_default())
print((lambda *a, **k: (a, k))(1, z=2))
def unpack_call(a, b, c): return a + b + c
print(unpack_call(*(1, 2), c=3), unpack_call(**{"a": 1, "b": 2, "c": 3}))
t = 1, 2
a, b = b, a = t
print(a, b)
i = 0
lst = [0, 0]
i, lst[i] = 1, 5
print(i, lst)
def aug_global():
    global counter
    counter += 1
counter = 0; aug_global(); aug_global(); print(counter)
class Slots:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
print(Slots().a)
def mangled():
    class M:
        __x = 1
        def get(self): return self.__x, M.__x
    return M().get(), hasattr(M, "_M__x")
print(mangled())
class _Under:
    def __m(self): return "under"
    def call(self): return self.__m()
print(_Under().call(), hasattr(_Under, "_Under__m"))
s = 0
for i in range(3):
    for j in range(3):
        if j == 2: break
        s += j
    else:
        s += 100
print(s)
print([*map(str, range(3))], {**dict(a=1)}, (*"ab",))
w = [y := 5, y ** 2]
print(w, y)
print([i for i in range(5)][::-1][1:3])
n = 5
print(-n, +n, ~n, n ** 2, n // 2, n % 3, -n // 2, -n % 3)
print(1 if True else 2 if False else 3)
print((lambda: None is not None)())
print(isinstance(lambda: 1, type(lambda: 2)))
