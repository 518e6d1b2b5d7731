import functools
from functools import partial, reduce

def mask(s, *objs):
    for o in objs:
        s = s.replace(hex(id(o)), '0xADDR')
    return s

def f(*args, **kw):
    return (args, kw)

p = partial(f, 1, b=2)
print(mask(repr(p), f))
print(p.func is f, p.args, p.keywords)
print(p(), p(b=5), p(3, x=1))
def g(a, b):
    return a, b
try:
    partial(g, 1, b=2)(3)
except TypeError as e:
    print('TypeError:', e)
q = partial(p, 9, c=3)
print(mask(repr(q), f), q.func is f, q.args, q.keywords)
print(q())
print(partial(f)(7))
print(mask(repr(partial(f, 'x', [1, 2], k=None)), f))

class Sub(partial):
    pass
s = Sub(f, 1)
print(mask(repr(s), f), s(2))
print(type(partial(s, 2)).__name__, partial(s, 2).args)

p.extra = 1
nested = partial(p, 4)
print(nested.func is p, nested.args)

try:
    partial(3)
except TypeError as e:
    print("TypeError:", e)
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    p.func = None
except AttributeError:
    print("func is read-only")

class C:
    meth = partial(f, 'unbound')
print(C().meth())

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'))
print(reduce(lambda a, b: a + b, ['only']))
print(reduce(lambda a, b: [b] + a, 'abc', []))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print("TypeError:", e)
print(reduce(max, iter([3, 9, 2])))

pm = functools.partialmethod
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, s):
        self.state = s
    set_alive = pm(set_state, True)
    set_dead = pm(set_state, False)
c = Cell()
c.set_alive(); print(c.state)
c.set_dead(); print(c.state)
