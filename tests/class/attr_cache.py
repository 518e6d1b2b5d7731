# Instance attribute loads and stores from one instruction, while the class and the
# instances change under it: each result must be what a fresh lookup gives.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def getx(o):
    return o.x

def setx(o, v):
    o.x = v

ps = [P(i, -i) for i in range(5)]
print([getx(p) for p in ps])
for p in ps:
    setx(p, p.x * 10)
print([getx(p) for p in ps])

# attributes inserted in another order: another dict index for the same name
q = P.__new__(P)
q.y = 1
q.x = 2
print(getx(q), getx(ps[1]), getx(q))
setx(q, 7)
print(q.x, q.y, q.__dict__)

# deleted, then re-added (a new entry at the end of the dict)
p = P(1, 2)
print(getx(p))
del p.x
try:
    getx(p)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 3
print(getx(p), list(p.__dict__))

# a data descriptor added to the class after the instruction cached the dict entry
p = P(5, 6)
print(getx(p))
P.x = property(lambda self: "prop", lambda self, v: print("prop set", v))
print(getx(p), p.__dict__["x"])
setx(p, 99)
print(p.__dict__["x"])
del P.x
print(getx(p))
setx(p, 100)
print(getx(p))

# a non-data descriptor on the class: the instance dict still wins
P.x = lambda self: "method"
print(getx(p))
del P.x

# __getattribute__ / __setattr__ added later
p = P(1, 2)
print(getx(p))
P.__getattribute__ = lambda self, name: "ga:" + name
print(getx(p))
del P.__getattribute__
print(getx(p))
P.__setattr__ = lambda self, name, v: print("setattr", name, v)
setx(p, 42)
print(getx(p))
del P.__setattr__
setx(p, 43)
print(getx(p))

# __dict__ replaced
p = P(1, 2)
print(getx(p))
p.__dict__ = {"y": 0, "x": "new dict"}
print(getx(p))
setx(p, "stored")
print(p.__dict__)

# __class__ changed
class Q:
    pass

p = P(8, 9)
print(getx(p))
p.__class__ = Q
print(getx(p))
q = Q()
try:
    getx(q)
except AttributeError as e:
    print("AttributeError:", e)

# subclasses share the name but not the cache entry
class R(P):
    x = "class attr"

r = R.__new__(R)
print(getx(r))
r.x = "instance"
print(getx(r))

# __slots__ and classes without a __dict__
class S:
    __slots__ = ("x",)
    def __init__(self):
        self.x = "slot"

s = S()
print(getx(s), getx(P(1, 1)), getx(s))
setx(s, "slot2")
print(getx(s))

# the old value goes when it is replaced (its finalizer runs then)
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

p = P(D(1), 0)
setx(p, D(2))
setx(p, D(3))
print("after stores")
setx(p, None)
print("end")
