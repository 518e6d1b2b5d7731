import functools

@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n
    def __repr__(self):
        return "V%d" % self.n

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b <= b, b >= b, b > a)
print(sorted([Version(3), a, b]), max(a, b))
try:
    a <= 3
except TypeError as e:
    print("TypeError:", e)
print(Version.__le__.__name__, Version.__ge__.__name__)

for root in ('__le__', '__gt__', '__ge__'):
    def make(root):
        ns = {'__init__': lambda self, n: setattr(self, 'n', n),
              '__eq__': lambda self, o: self.n == o.n,
              root: {'__le__': lambda s, o: s.n <= o.n,
                     '__gt__': lambda s, o: s.n > o.n,
                     '__ge__': lambda s, o: s.n >= o.n}[root]}
        return functools.total_ordering(type('K' + root, (), ns))
    K = make(root)
    x, y = K(1), K(2)
    print(root, [x < y, x <= y, x > y, x >= y, y < x, y <= x, y > x, y >= x, x < x, x <= x, x > x, x >= x])

try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) > K(2), K(1).obj)
try:
    K(1) < 2
except TypeError as e:
    print("TypeError:", e)
try:
    hash(K(1))
except TypeError as e:
    print("TypeError:", e)

@functools.singledispatch
def describe(x):
    return "object %r" % (x,)

@describe.register(int)
def _(x):
    return "int %d" % x

@describe.register(list)
def _(x):
    return "list of %d" % len(x)

def for_str(x):
    return "str " + x
describe.register(str, for_str)

print(describe(1), describe(True), describe("s"), describe([1, 2]), describe(2.5))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe.registry[object])
class MyList(list):
    pass
print(describe(MyList([1])))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
print(describe.__name__, sorted(k.__name__ for k in describe.registry))

class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return "generic"
    @fmt.register(int)
    def _(self, arg):
        return "int:%d" % arg
print(Formatter().fmt(3), Formatter().fmt("x"))
