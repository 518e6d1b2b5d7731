import bisect
import operator

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=2))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4); bisect.insort_right(b, 0)
print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1])
bisect.insort_left(recs, ('e', 3), key=lambda r: r[1])
print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left.__name__, bisect.insort.__name__)

print(operator.add(1, 2), operator.sub(5, 3), operator.mul('ab', 2), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(3), operator.pos(-3),
      operator.abs(-4), operator.inv(5), operator.invert(0), operator.lshift(1, 4), operator.rshift(16, 2),
      operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.index(7), operator.concat([1], [2]))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1, True], 1), operator.indexOf('abc', 'c'))
d = {}
operator.setitem(d, 'k', 1); print(d, operator.getitem(d, 'k')); operator.delitem(d, 'k'); print(d)
try:
    operator.indexOf([1], 2)
except ValueError as e:
    print("ValueError:", e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.abs('x')
except TypeError as e:
    print("TypeError:", e)
print(operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 7))
print(operator.call(max, 1, 5, 3), operator.__add__(1, 1), operator.__not__(1), operator.__and__(3, 1))
x = [1]; y = operator.iadd(x, [2]); print(x, y is x)
print(operator.iadd(1, 2), operator.isub(5, 1), operator.imul(2, 3), operator.ior(1, 2), operator.ipow(2, 3),
      operator.iconcat([1], (2,)), operator.itruediv(1, 4), operator.ifloordiv(9, 4), operator.imod(9, 4),
      operator.ilshift(1, 3), operator.irshift(8, 3), operator.iand(7, 2), operator.ixor(7, 2))

g = operator.itemgetter(1)
print(g([10, 20, 30]), g('xyz'), repr(g))
g2 = operator.itemgetter(0, -1, slice(1, 3))
print(g2([1, 2, 3, 4]), repr(g2))
print(operator.itemgetter('name')({'name': 'n'}), repr(operator.itemgetter('a', 'b')))
rows = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(rows, key=operator.itemgetter(1)), sorted(rows, key=operator.itemgetter(1, 0)))

class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct='!'):
        return '%s, %s%s' % (greeting, self.name, punct)
p = P('ann', P('bob'))
f = operator.attrgetter('name')
print(f(p), repr(f))
f2 = operator.attrgetter('name', 'inner.name')
print(f2(p), repr(f2))
print(operator.attrgetter('inner.inner')(p))
try:
    operator.attrgetter('missing')(p)
except AttributeError as e:
    print("AttributeError")
try:
    operator.attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
m = operator.methodcaller('greet', 'hi', punct='?')
print(m(p), repr(m))
print(operator.methodcaller('upper')('abc'), repr(operator.methodcaller('split', ',', 1)))
try:
    operator.methodcaller(5)
except TypeError as e:
    print("TypeError:", e)
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
import functools
print(functools.reduce(operator.add, range(10)), functools.reduce(operator.mul, range(1, 6)))
