# hash() keeps a __hash__ result that fits a machine word; types.ModuleType repr;
# types.MethodType and GenericAlias constructible; getrefcount after attribute set.
import sys
import types


class H:
    def __hash__(self):
        return 5357009659437304173


class HNeg:
    def __hash__(self):
        return -1


class HBig:
    def __hash__(self):
        return 2 ** 70 + 5


class HMin:
    def __hash__(self):
        return -2 ** 63


print(hash(H()), hash(HNeg()), hash(HBig()), hash(HMin()))
print({H(): 1}.popitem()[1])

m = types.ModuleType('mod')
print(repr(m))
print(repr(types.ModuleType('other', 'doc')), types.ModuleType('other', 'doc').__doc__)
print(repr(sys))


class O:
    pass


def f(self, x):
    return (type(self).__name__, x)


o = O()
bm = types.MethodType(f, o)
print(bm(3), bm.__self__ is o, bm.__func__ is f, type(bm) is types.MethodType)
for args in [(1, o), (f, None)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print('TypeError:', e)
bm2 = types.MethodType(len, [1, 2])
print(bm2())

g = type(list[int])(list, int)
print(g, g.__origin__, g.__args__, g == list[int])
g2 = types.GenericAlias(dict, (str, int))
print(g2, g2.__args__)


def ff():
    pass


ff.__annotations__ = {'a': int}
print(sys.getrefcount(ff.__annotations__))
d = {'b': str}
before = sys.getrefcount(d)
ff.__annotations__ = d
print(sys.getrefcount(d) - before)
ff.__annotations__ = {}
print(sys.getrefcount(d) - before)
print(sys.getrefcount(object()))
