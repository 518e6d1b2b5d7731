from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, repr(p), str(p))
print(p.x, p.y, p[0], p[-1], p[:1], len(p))
x, y = p
print(x, y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(Point._fields, Point.__name__, Point.__doc__, Point.__module__, Point)
print(p._asdict(), p._replace(y=9), Point._make(range(2)), Point(y=5, x=4))
print(Point.x.__doc__, Point.__match_args__, Point._field_defaults)
print(Point.__new__.__qualname__)

P3 = namedtuple('P3', 'a, b c', defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3(a=0, c=5))

for args, kw in [((1, 2, 3), {}), ((1,), {}), ((), {}), ((1,), {'z': 3}), ((1, 2), {'x': 1})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    P3()
except TypeError as e:
    print("TypeError:", e)
try:
    P3(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
T3 = namedtuple('T3', 'a b c')
try:
    T3()
except TypeError as e:
    print("TypeError:", e)
E = namedtuple('E', '')
print(E(), E._fields)
try:
    E(1)
except TypeError as e:
    print("TypeError:", e)

try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=1, w=2)
except ValueError as e:
    print("ValueError:", e)

for bad in [('1abc', 'x'), ('Ok', 'class'), ('Ok', '_x'), ('Ok', 'a a'), ('Ok', ['a', 'b-c']), ('def', 'x')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    namedtuple('Ok', 'a b c', defaults=(1, 2, 3, 4))
except TypeError as e:
    print("TypeError:", e)

R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '2'], rename=True)
print(R._fields)
M = namedtuple('M', 'a', module='some.where')
print(M.__module__)

class Sub(Point):
    __slots__ = ()
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
    def __str__(self):
        return 'Sub<%d,%d>' % self
s = Sub(3, -4)
print(s, repr(s), s.norm, s._replace(x=0), type(s._replace(x=0)).__name__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(dict(zip(Point._fields, p)), list(p), max(p), Point(*[7, 8]))
print(p.__getnewargs__(), Point(1, [2]))
print(namedtuple('N', ('a', 'b'))(*'xy'))
