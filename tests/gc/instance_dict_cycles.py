# Cycles through instance __dict__s: the collector finds them whether or not the dict was
# ever handed out (__dict__, vars(), __getstate__, __dict__ assignment), runs __del__ once,
# and keeps what a finalizer resurrects, with its attributes. Counts as CPython 3.11's:
# an instance of a plain class costs one object, its attributes living in it.
import gc

gc.disable()   # counts only from the explicit collections


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


class Loud(Node):
    def __del__(self):
        print("del", self.name, self.other.name if self.other else None)


def pair(cls, a, b):
    x = cls(a)
    y = cls(b)
    x.other = y
    y.other = x


gc.collect()
pair(Node, "a", "b")
print("plain pair", gc.collect())

pair(Loud, "c", "d")
print("loud pair", gc.collect())
print("again", gc.collect())

# A dict handed out, then the instance dropped: the dict alone keeps the cycle.
n = Node("e")
n.other = n
d = n.__dict__
del n
print("dict held", gc.collect())
print(d["name"], d["other"].name)
del d
print("dict dropped", gc.collect())

# vars() on an instance, the dict referring to itself and to its instance.
n = Node("f")
v = vars(n)
v["me"] = v
v["owner"] = n
del n, v
print("vars cycle", gc.collect())

# The dict is the only link: two instances share one dict.
p = Node("g")
q = Node("h")
q.__dict__ = p.__dict__
p.other = q
del p, q
print("shared dict", gc.collect())

# __getstate__ hands the dict out too.
n = Node("i")
n.other = n
st = n.__getstate__()
st["again"] = st
del n, st
print("getstate", gc.collect())

# A dict put in place by assignment, then the old one kept by someone else.
n = Node("j")
old = n.__dict__
n.__dict__ = {"name": "j2", "other": n}
old["n"] = n
del n
print("assigned", gc.collect())
print(sorted(old))
del old
print("old dropped", gc.collect())

# Resurrection: __del__ stores the instance; its attributes survive with it.
saved = []


class Phoenix:
    def __init__(self):
        self.me = self
        self.data = [1, 2, 3]

    def __del__(self):
        saved.append(self)
        print("phoenix del")


Phoenix()
print("phoenix", gc.collect())
print(len(saved), saved[0].data, saved[0].me is saved[0])
saved[0].me = None
saved.clear()
print("phoenix gone", gc.collect())


# Subclasses of GC containers and of exceptions, with attributes in the cycle.
class L(list):
    pass


lst = L([1])
lst.attr = lst
lst.append(lst)
del lst
print("list subclass", gc.collect())


class E(Exception):
    pass


e = E("boom")
e.me = e
del e
print("exception subclass", gc.collect())


# A base class adds the dict; the subclass adds slots.
class Base:
    pass


class Slotted(Base):
    __slots__ = ("s",)


o = Slotted()
o.s = o
o.x = o
del o
print("slots and dict", gc.collect())

# Many small cycles collected automatically, with live objects mixed in.
gc.enable()
keep = []
for i in range(20000):
    a = Node(i)
    b = Node(i)
    a.other = b
    b.other = a
    if i % 1000 == 0:
        keep.append(a)
print("kept", len(keep), [k.other.other is k for k in keep[:3]])
print("attrs", keep[5].name, keep[5].other.name)
keep.clear()
gc.collect()
print("found after", gc.collect())
