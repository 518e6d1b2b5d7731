# Method calls from one call site while the class, the instance and the receiver's type
# change: each call must find what a fresh lookup finds.

class A:
    def m(self):
        return "A.m"

class B(A):
    pass

def call(o):
    return o.m()

a, b = A(), B()
print(call(a), call(b), call(a))

# redefined on the class, on a base, deleted
A.m = lambda self: "A.m2"
print(call(a), call(b))
B.m = lambda self: "B.m"
print(call(a), call(b))
del B.m
print(call(b))

# shadowed by an instance attribute, then unshadowed
a.m = lambda: "instance m"
print(call(a), call(A()))
del a.m
print(call(a))

# the receiver's class changes
class C:
    def m(self):
        return "C.m"
a.__class__ = C
print(call(a))

# builtin receivers: method descriptors
def app(x, v):
    x.append(v)
    return x

print(app([1], 2), app([], 3))
def up(s):
    return s.upper()
print(up("ab"), up("cd"))

class L(list):
    def append(self, v):
        list.append(self, v * 10)
print(app(L([1]), 2), app([0], 2))

# a generator's send through one call site, and an object whose send is its own
def g():
    total = 0
    while True:
        total += yield total

class S:
    def send(self, v):
        return ("S.send", v)

def send(t, v):
    return t.send(v)

gen = g()
next(gen)
print(send(gen, 1), send(S(), 2), send(gen, 5))

class WithSlots:
    __slots__ = ("v",)
    def m(self):
        return "slots"
print(call(WithSlots()))

# a method found through __getattr__ only
class G:
    def __getattr__(self, name):
        return lambda: "getattr " + name
print(call(G()))
