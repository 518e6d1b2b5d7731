# Cycles through a generator's frame (gi_frame, a traceback's tb_frame) are collected,
# also when the frame outlives its generator.
import gc

collected = []


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        collected.append(self.name)


def holder(name):
    m = Marker(name)
    box = []
    yield box
    yield m


# 1. the generator's frame holds a list that holds the frame
g = holder("gi_frame cycle")
box = next(g)
box.append(g.gi_frame)
del g, box
gc.collect()
print(collected)

# 2. the generator holds itself through a local
def selfish(name):
    m = Marker(name)
    me = yield
    yield me

g = selfish("self cycle")
next(g)
g.send(g)
del g
gc.collect()
print(collected)

# 3. a finished generator's frame, kept by a traceback that its own locals keep
def raises(name):
    m = Marker(name)
    keep = []
    yield keep
    raise ValueError("boom")

g = raises("traceback cycle")
keep = next(g)
try:
    next(g)
except ValueError as e:
    keep.append(e)   # frame -> keep -> exception -> traceback -> frame
del g, keep
gc.collect()
print(collected)

# 4. the same cycle, the generator itself still alive (finished)
g = raises("traceback cycle, generator alive")
keep = next(g)
try:
    next(g)
except ValueError as e:
    keep.append(e)
del keep
gc.collect()
print(collected)
del g
gc.collect()
print(collected)

# 5. an exception caught inside a suspended generator keeps its traceback (and so the
#    generator's frame) in a local
def catcher(name):
    m = Marker(name)
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    yield err

g = catcher("caught inside")
next(g)
del g
gc.collect()
print(collected)

# 6. the frame kept by the program while the generator, in a cycle, is garbage (when the
#    frame's contents go differs: CPython clears them with the generator)
def looped(name):
    m = Marker(name)
    me = yield
    yield me

g = looped("frame kept")
next(g)
g.send(g)
fr = g.gi_frame
del g
gc.collect()
print(fr.f_code.co_name)
del fr
gc.collect()
print(collected)

# 7. many suspended generators in cycles, collected by automatic collections
def ring(name):
    m = Marker(name)
    me = yield
    yield me

for i in range(3000):
    r = ring(i)
    next(r)
    r.send(r)
del r
gc.collect()
print(len(collected))
