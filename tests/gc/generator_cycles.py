# Suspended generators in cycles are closed by the collector (their finally blocks run
# at gc.collect()), before the rest of the group is cleared.
import gc

gc.disable()


def selfish():
    me = yield "started"
    try:
        yield "holding " + type(me).__name__
    finally:
        print("selfish finally")


g = selfish()
print(next(g))
print(g.send(g))    # the frame now holds the generator itself
del g
print("dropped")
gc.collect()
print("collected")


def worker(name, log):
    try:
        while True:
            yield
    finally:
        log.append(name)
        print("worker", name, "closed")


# a generator held by a list that holds itself
log = []
w = worker("w1", log)
next(w)
box = [w]
box.append(box)
del w, box
gc.collect()
print("log:", log)


# a generator reachable from an instance it references through its arguments
class Owner:
    def __init__(self):
        self.gen = worker("owned", log)
        next(self.gen)
        self.gen.gi_frame.f_locals  # the frame is shared now


o = Owner()
o.me = o
del o
gc.collect()
print("log:", log)


# a generator that has not started: nothing to close, but its frame's cycle is freed
class Marker:
    def __del__(self):
        print("marker freed")


def waiting(items):
    yield items


items = [Marker()]
gen = waiting(items)
items.append(gen)
del items, gen
gc.collect()
print("unstarted done")


# the finalizer sees the other members intact
class Res:
    def __init__(self):
        self.name = "resource"

    def __del__(self):
        print("res del")


def uses(res):
    try:
        yield
    finally:
        print("closing with", res.name)


def pair():
    r = Res()
    u = uses(r)
    next(u)
    r.user = u


pair()
gc.collect()
print("end")
