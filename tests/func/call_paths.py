# Calls of Python functions by the loop's quick paths and by the general one: results,
# argument errors and recursion must be the same whichever path runs.
import sys

def add(a, b):
    return a + b

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def many(a, b, c, d, e, f, g):
    x = a + b
    y = x * c
    return (x, y, d, e, f, g)

def dflt(a, b=10):
    return a + b

def kwonly(a, *, k=5):
    return a * k

def star(*args):
    return args

def cell(a):
    def inner():
        return a + 1
    return inner()

print(add(1, 2), fib(15), many(1, 2, 3, 4, 5, 6, 7))
print(dflt(1), dflt(1, 2), kwonly(3), kwonly(3, k=2), star(1, 2), cell(41))

for bad in (lambda: add(1), lambda: add(1, 2, 3), lambda: dflt(), lambda: kwonly(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def plus(self, a, b=0):
        return self.v + a + b
    @staticmethod
    def st(a):
        return a * 2
    @classmethod
    def cm(cls, a):
        return cls.__name__, a

c = C(3)
print(c.get(), c.plus(1), c.plus(1, 2), c.st(4), c.cm(5), C.get(c))
m = c.get
print(m(), [m() for _ in range(3)])
try:
    c.get(1)
except TypeError as e:
    print("TypeError:", e)
try:
    C.get()
except TypeError as e:
    print("TypeError:", e)

# a function held only by the stack while it runs
def make():
    def f(x):
        return x * 3
    return f
print(make()(5))

# __code__ replaced: the next call runs the new code
def g(x):
    return "old", x
def h(x):
    return "new", x
print(g(1))
g.__code__ = h.__code__
print(g(1))

# generators and coroutines are made, not run, by the call
def gen(n):
    yield n
print(type(gen(1)).__name__, list(gen(2)))

# deep recursion through the quick path ends in RecursionError, and the loop goes on
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(fib(10))

# comparisons followed by a jump, and comparisons used as values
def cmp(a, b):
    r = []
    if a < b: r.append("lt")
    if a <= b: r.append("le")
    if a == b: r.append("eq")
    if a != b: r.append("ne")
    if a > b: r.append("gt")
    if a >= b: r.append("ge")
    if not a < b: r.append("not-lt")
    r.append(a < b)
    r.append(a < b < 100)
    return r
print(cmp(1, 2), cmp(2, 2), cmp(3, 2), cmp(-(2**62), 2**62), cmp(2**70, 5), cmp(1.5, 2))
i, n, total = 0, 10, 0
while i < n:
    total += i
    i += 1
print(total)
print(sys.getrecursionlimit())
