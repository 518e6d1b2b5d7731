import functools

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper

@deco
def greet(name):
    """Say hello."""
    return "hello " + name

print(greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__)
print(greet.__wrapped__("x"), greet("y"))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def plain(): pass
plain.custom = 42
def w(): pass
functools.update_wrapper(w, plain)
print(w.custom, w.__name__, w.__wrapped__ is plain)
def w2(): pass
r = functools.update_wrapper(w2, plain, assigned=('__doc__',), updated=())
print(r is w2, w2.__name__, hasattr(w2, 'custom'))

class Obj:
    pass
o = Obj()
functools.update_wrapper(o, plain)
print(o.__name__, o.custom)

# lru_cache
calls = []
@functools.lru_cache(maxsize=3)
def sq(n):
    calls.append(n)
    return n * n

for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(n)
print(calls)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], type(info).__name__)
sq.cache_clear()
print(sq.cache_info())
print(sq.cache_parameters())
print(sq.__name__, sq.__wrapped__(3))

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@functools.lru_cache()
def ident(x):
    return x
ident(1); ident(1.0); ident(True)
print(ident.cache_info())

@functools.lru_cache(typed=True)
def tident(x):
    return x
tident(1); tident(1.0); tident(1)
print(tident.cache_info())

@functools.lru_cache(maxsize=None)
def kw(a, b=1):
    return a + b
kw(1); kw(1, b=1); kw(a=1); kw(1, 1); kw(1)
print(kw.cache_info())

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

try:
    @functools.lru_cache(maxsize="big")
    def bad():
        pass
except TypeError as e:
    print("TypeError:", e)

@functools.lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info())

try:
    kw([1])
except TypeError as e:
    print("TypeError:", e)

@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(20), fact.cache_info())

class Shape:
    def __init__(self, side):
        self.side = side
    @functools.lru_cache(maxsize=None)
    def area(self):
        print("computing", self.side)
        return self.side ** 2
    def __hash__(self):
        return hash(self.side)
    def __eq__(self, other):
        return self.side == other.side
s = Shape(3)
print(s.area(), s.area(), Shape(3).area(), Shape.area.cache_info())

class Lazy:
    def __init__(self):
        self.n = 0
    @functools.cached_property
    def value(self):
        """lazily computed"""
        self.n += 1
        print("computing value")
        return 99
l = Lazy()
print(l.value, l.value, l.n, 'value' in l.__dict__)
del l.value
print(l.value, l.n)
print(type(Lazy.value).__name__, Lazy.value.__doc__, Lazy.value.attrname)

class Slotted:
    __slots__ = ('x',)
    @functools.cached_property
    def prop(self):
        return 1
try:
    Slotted().prop
except TypeError as e:
    print("TypeError:", e)
