def f(a, *, c): pass
def g(a, b): pass
g.__code__ = f.__code__
for call in [lambda: g(), lambda: g(1), lambda: g(1, 2), lambda: g(1, d=1), lambda: g(1, a=1, c=2)]:
    try: call()
    except TypeError as e: print(e)
def h(x): pass
h.__qualname__ = 'renamed'
for call in [lambda: h(), lambda: h(1, 2), lambda: h(y=1), lambda: h(1, x=1)]:
    try: call()
    except TypeError as e: print(e)
class K:
    def m(self, a): pass
for call in [lambda: K().m(), lambda: K().m(1, 2), lambda: K(1)]:
    try: call()
    except TypeError as e: print(e)
