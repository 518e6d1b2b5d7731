# The gc module's controls.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

old = gc.get_threshold()
print(type(old).__name__, len(old))
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(900)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)

count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) for c in count))

print(gc.collect() >= 0, gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)

print(gc.is_tracked(1), gc.is_tracked("text"), gc.is_tracked([]), gc.is_tracked({"a": []}))
print(gc.garbage)


class A:
    def __del__(self):
        pass


a = A()
print(gc.is_finalized(a))
a.me = a
del a
gc.collect()

# a disabled collector never runs on its own
gc.disable()
log = []


class Cyc:
    def __del__(self):
        log.append(1)


for i in range(20000):
    c = Cyc()
    c.me = c
del c
print("before collect:", len(log))
gc.collect()
print("after collect:", len(log))
gc.enable()
