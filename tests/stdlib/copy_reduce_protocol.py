# object.__reduce_ex__ defers to an overridden __reduce__, carries list/dict subclass items,
# and reduces set/frozenset as CPython does; copy.copy/deepcopy rely on it.
import copy
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self):
        print('reduce called')
        return (R, (self.v + 1,))
r = copy.copy(R(1)); print(type(r).__name__, r.v)
r = copy.deepcopy(R(5)); print(r.v)
print(R(1).__reduce_ex__(2)[0] is R)
class L(list):
    pass
l = L([1, [2, 3]]); l.tag = 't'
c = copy.copy(l); print(type(c).__name__, c, c.tag, c[1] is l[1])
d = copy.deepcopy(l); print(type(d).__name__, d, d.tag, d[1] is l[1])
class D(dict):
    pass
dd = D(a=1, b=[2]); dd.x = 5
c = copy.copy(dd); print(type(c).__name__, c, c.x)
d = copy.deepcopy(dd); print(type(d).__name__, d, d['b'] is dd['b'])
class S(set): pass
s = S({1, 2, 3}); s.y = 1
c = copy.copy(s); print(type(c).__name__, sorted(c), c.y)
d = copy.deepcopy(s); print(type(d).__name__, sorted(d))
class F(frozenset): pass
f = F({1, 2})
c = copy.copy(f); print(type(c).__name__, sorted(c))
d = copy.deepcopy(f); print(type(d).__name__, sorted(d))
print(set({1,2}).__reduce_ex__(2)[0].__name__, sorted(set({1,2}).__reduce_ex__(2)[1][0]))
print(frozenset({1,2}).__reduce__()[0].__name__)
rx = l.__reduce_ex__(2)
print(rx[0].__name__, rx[1][0].__name__, rx[2], list(rx[3]), rx[4])
rx = dd.__reduce_ex__(2)
print(rx[0].__name__, rx[2], rx[3], sorted(rx[4]))
class P:
    def __init__(self): self.a = 1
print(P().__reduce_ex__(2)[0].__name__, P().__reduce_ex__(2)[2])
class Slots:
    __slots__ = ('a', 'b')
sl = Slots(); sl.a = 1
c = copy.copy(sl); print(c.a, hasattr(c, 'b'))
