# Freeing a very long chain of containers releases each link from inside the previous one's
# release; minipy parks links past a fixed depth (as CPython's trashcan does) so that the C
# stack stays bounded: nested lists, tuples, dicts, instances and generators, 300,000 deep.
class Node:
    def __init__(self, nxt):
        self.nxt = nxt

class Loud:
    def __init__(self, name, inner):
        self.name = name
        self.inner = inner
    def __del__(self):
        print("del", self.name)

N = 300_000
a = None
for i in range(N):
    a = [a]
del a
print("lists freed")
t = None
for i in range(N):
    t = (t, i)
del t
print("tuples freed")
d = None
for i in range(N):
    d = {"next": d}
del d
print("dicts freed")
n = None
for i in range(N):
    n = Node(n)
del n
print("instances freed")

def wrap(inner):
    yield inner

g = None
for i in range(100_000):
    g = wrap(g)
del g
print("generators freed")

# Finalizers at both ends of a long chain still run, the outer one first.
chain = Loud("inner", None)
for i in range(N):
    chain = [chain]
chain = Loud("outer", chain)
del chain
print("end")
