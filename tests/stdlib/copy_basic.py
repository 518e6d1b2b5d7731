import copy

l = [1, [2, 3], {'a': [4]}]
s = copy.copy(l)
d = copy.deepcopy(l)
print(s == l, s is l, s[1] is l[1], d == l, d[1] is l[1], d[2]['a'] is l[2]['a'])
for v in [1, 2.5, 'str', b'b', None, True, (1, 2), frozenset([1]), range(3), len]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) is not None)
print(copy.copy({1: 2}), copy.copy({1, 2}), copy.copy(bytearray(b'x')), copy.deepcopy({3, 4}))

cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[1] is not cyc, len(c2))
dd = {}
dd['me'] = dd
print(copy.deepcopy(dd)['me'] is not dd)
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is not shared)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q is p, q.y is p.y, r.y is p.y, type(r).__name__)

class Slotted:
    __slots__ = ('a', 'b')
s1 = Slotted(); s1.a = [1]
s2 = copy.deepcopy(s1)
print(s2.a, s2.a is s1.a, hasattr(s2, 'b'))

class Hooks:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Hooks(self.v + '-copy')
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Hooks(self.v + '-deep')
print(copy.copy(Hooks('h')).v, copy.deepcopy(Hooks('h')).v, copy.deepcopy([Hooks('in')])[0].v)

class State:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'big'
    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'
st = copy.deepcopy(State())
print(st.data, st.cache)

class Red:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (Red, (self.a * 2,))
print(copy.copy(Red(3)).a, copy.deepcopy(Red([1])).a)

class MyList(list):
    pass
ml = MyList([1, [2]]); ml.tag = 't'
c = copy.copy(ml); dc = copy.deepcopy(ml)
print(type(c).__name__, c, c.tag, dc, dc[1] is ml[1], dc.tag)
class MyDict(dict):
    pass
md = MyDict(a=[1]); md.extra = 5
cm = copy.deepcopy(md)
print(type(cm).__name__, cm, cm['a'] is md['a'], cm.extra)

from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
NT = namedtuple('NT', 'a b')
n = NT(1, [2])
print(copy.copy(n), copy.deepcopy(n), copy.deepcopy(n).b is n.b)
od = OrderedDict(a=1, b=[2])
print(copy.copy(od), copy.deepcopy(od)['b'] is od['b'])
ddf = defaultdict(list, {'k': [1]})
print(copy.copy(ddf), copy.deepcopy(ddf)['k'] is ddf['k'])
print(copy.deepcopy(Counter('aab')), copy.copy(deque([1, 2], maxlen=5)), copy.deepcopy(deque([[1]]))[0] is not None)

class Unc:
    def __reduce_ex__(self, proto):
        raise TypeError('nope')
try:
    copy.copy(Unc())
except TypeError as e:
    print('TypeError:', e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
memo = {}
a = [1]
b = copy.deepcopy([a, a], memo)
print(memo[id(a)] is b[0], b[0] is b[1])
print(copy.copy(Point), copy.deepcopy(int))
def fn():
    pass
print(copy.deepcopy(fn) is fn, copy.copy(fn) is fn)
