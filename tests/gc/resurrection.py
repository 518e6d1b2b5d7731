# A finalizer that makes its object reachable again: the object and everything it
# reaches survive the collection, and its __del__ never runs a second time.
import gc

gc.disable()
saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        saved.append(self)


class Plain:
    def __init__(self, name):
        self.name = name


def make():
    p = Phoenix("p")
    friend = Plain("friend")
    p.friend = friend
    friend.back = p
    p.data = [1, 2, 3]


make()
gc.collect()
print("saved:", [o.name for o in saved], saved[0].friend.name, saved[0].data)
print("friend sees p:", saved[0].friend.back is saved[0])

# dropped again: it is collected this time, without a second __del__
saved.clear()
print("after clear, collected:", gc.collect() > 0)


# resurrection by one member keeps the whole group, including other finalizable ones
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Saver(Tracked):
    def __del__(self):
        print("del", self.name, "(saving)")
        saved.append(self)


def group():
    s = Saver("saver")
    t = Tracked("other")
    s.t = t
    t.s = s


group()
gc.collect()
print("survivors:", saved[0].name, saved[0].t.name)
saved.clear()
gc.collect()
print("end")
