# Reference cycles through containers are found by gc.collect(); counts only where they
# are the same for any collector that tracks these containers.
import gc

gc.disable()
gc.collect()

l = []
l.append(l)
del l
print("self list:", gc.collect())

d = {}
d["me"] = d
del d
print("self dict:", gc.collect())

a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())

s = {1, 2}
del s
print("no cycle:", gc.collect())

# a cycle that is still referenced from outside is left alone
keep = []
keep.append(keep)
print("reachable:", gc.collect(), len(keep))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


# each kind of container in a cycle, observed through a finalizer it holds
def make(kind):
    n = Noisy(kind)
    if kind == "list":
        x = [n]
        x.append(x)
    elif kind == "dict":
        x = {"n": n}
        x["x"] = x
    elif kind == "tuple-list":
        x = [n]
        x.append((x,))
    elif kind == "set-instance":
        n.s = {n}
    elif kind == "frozenset":
        x = [n]
        x.append(frozenset([(1, tuple(x))]))
    elif kind == "dict-values":
        x = {"n": n}
        x["v"] = x.values()
    elif kind == "dict-keys":
        x = {"n": n}
        n.k = x.keys()
        x["owner"] = n
    elif kind == "list-iter":
        x = [n]
        x.append(iter(x))
    elif kind == "enumerate":
        x = [n]
        x.append(enumerate(x))
    elif kind == "zip-map-filter":
        x = [n]
        x.append(zip(x, map(str, filter(None, x))))
    elif kind == "reversed":
        x = [n]
        x.append(reversed(x))


for kind in ["list", "dict", "tuple-list", "set-instance", "frozenset", "dict-values",
             "dict-keys", "list-iter", "enumerate", "zip-map-filter", "reversed"]:
    make(kind)
    print(kind, "made")
    gc.collect()
print("done")
