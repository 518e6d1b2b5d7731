import inspect

def f(a, b=1, *args, c, d=2, **kw):
    pass
def g(x, y, /, z=None):
    pass
def h(p, *, q):
    pass
def noargs():
    pass
for fn in (f, g, h, noargs, lambda x, y=[1, 'a']: 0):
    print(inspect.signature(fn))

sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, str(p))
print(repr(inspect.signature(h)))

class Point:
    def __init__(self, x, y=0):
        pass
    def move(self, dx, dy=0):
        pass
print(inspect.signature(Point))
print(inspect.signature(Point(1).move))
print(inspect.signature(Point.move))

ba = sig.bind(1, 2, 3, c=4, e=5)
print(ba.arguments)
print(ba.args, ba.kwargs)
ba = sig.bind(1, c=3)
ba.apply_defaults()
print(ba.arguments)
try:
    sig.bind(1)
except TypeError as e:
    print('TypeError', e)
try:
    inspect.signature(3)
except TypeError as e:
    print('TypeError', e)

def documented():
    """First line.

        indented more
    back
    """
print(repr(inspect.getdoc(documented)))
print(repr(inspect.cleandoc('  a\n    b\n      c\n\n')))
class Base:
    """Base doc."""
class Child(Base):
    pass
print(inspect.getdoc(Child))
print(inspect.getmro(Child) == (Child, Base, object))

class Thing:
    a = 1
    b = 'x'
    def meth(self):
        pass
print([n for n, v in inspect.getmembers(Thing) if not n.startswith('_')])
print([n for n, v in inspect.getmembers(Thing, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Thing(), inspect.ismethod)])

def annotated(a: int, b: str = 'x', *args: int, c: float, **kw: bool) -> None:
    pass
print(inspect.signature(annotated))
print(inspect.signature(annotated).return_annotation)
print(inspect.signature(annotated).parameters['b'].annotation)
def listy(x: list[int]) -> dict[str, int]:
    pass
print(inspect.signature(listy))
