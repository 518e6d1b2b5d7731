# calls with *args and **kwargs unpacking
def f(a, b, c=3, *rest, d=4, **kw):
    return (a, b, c, rest, d, kw)
print(f(1, 2))
print(f(*[1, 2, 5, 6, 7]))
print(f(1, *(2,), **{"d": 8, "e": 9}))
print(f(*"xy", *"z", d="D"))
print(f(1, b=2, **{"c": 30}, z=26))
args = (1, 2)
kwargs = {"extra": True}
print(f(*args, 99, *args, **kwargs, other=0))
print(max(*[3, 9, 2]), print(*[], sep="-"))
print(*range(3), sep=", ")
def g(**kw):
    return sorted(kw.items())
print(g(**{"b": 2}, **{"a": 1}))
try:
    g(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
