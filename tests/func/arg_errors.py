# CPython's exact messages for bad calls
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h(x, /, y):
    return x
def k():
    pass
class C:
    def m(self, a):
        return a
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(),
    lambda: g(1, 2, 3, c=1),
    lambda: h(x=1, y=2),
    lambda: k(1),
    lambda: k(a=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: (lambda q: q)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: f(*[1, 2, 3, 4]),
    lambda: g(1, c=2, d=3),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)
