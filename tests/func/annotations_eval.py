# Parameter and return annotations are evaluated when the def runs (after the defaults, in
# the enclosing scope) and kept in __annotations__, positional-or-keyword before
# positional-only.
def p(x):
    print('eval', x)
    return x

def deco(fn):
    print('decorating', fn.__name__)
    return fn

@deco
def f(a: p('a'), /, b: p('b') = p('dflt'), *c: p('c'), d: p('d') = p('kwd'), **e: p('e')) -> p('ret'):
    pass
print(f.__annotations__)

def g(x, y=1): pass
print(g.__annotations__)
g.__annotations__ = {'q': 1}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)
del g.__annotations__
print(g.__annotations__)
print((lambda x: x).__annotations__)

class C:
    def m(self, __x: int) -> 'C': pass
print(C.m.__annotations__)

def outer():
    T = int
    def inner(a: T) -> list[T]: pass
    return inner
print(outer().__annotations__)

def k(*, a: int, b=2): pass
print(k.__annotations__, k.__kwdefaults__)

async def co(a: int) -> None: pass
print(co.__annotations__)

x: int = 5
print(__annotations__)

class D:
    y: str
    z: 'fwd' = 3
print(D.__annotations__)

# an annotation that fails stops the def: the name stays unbound
try:
    def bad(a: undefined_name): pass
except NameError as e:
    print(e)
print('bad' in globals())

# unions from annotations
def opt(x: int | None = None, *a: list[int] | None) -> dict[str, int] | None: pass
print(opt.__annotations__)
