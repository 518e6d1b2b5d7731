# PEP 442 as CPython 3.11: every finalizer of a cyclic group runs once, before any
# member is cleared, so each __del__ still sees its neighbours intact.
import gc

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        nxt = self.next.name if self.next is not None else None
        print("del", self.name, "->", nxt)


def ring(names):
    nodes = [Node(n) for n in names]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b


ring(["a", "b", "c"])
print("ring made")
print("found some:", gc.collect() >= 3)

# a finalizer-less object holding the ring: finalizers still see everything
class Holder:
    pass


def held():
    h = Holder()
    h.items = [Node("x"), Node("y")]
    h.items[0].next = h.items[1]
    h.items[1].next = h.items[0]
    h.me = h


held()
gc.collect()
print("held done")


# __slots__ instances in a cycle
class Slotted:
    __slots__ = ("name", "other")

    def __del__(self):
        print("del slotted", self.name, self.other.name)


def slotted():
    p, q = Slotted(), Slotted()
    p.name, q.name = "p", "q"
    p.other, q.other = q, p


slotted()
gc.collect()
print("slots done")


# finalizers run exactly once even if collected objects stay alive a while
class Once:
    count = 0

    def __del__(self):
        Once.count += 1


def many():
    for i in range(100):
        o = Once()
        o.me = o


many()
gc.collect()
gc.collect()
print("finalized:", Once.count)
