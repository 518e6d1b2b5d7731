# Cyclic garbage still around when the program ends is finalized at exit, while
# print still works.
import gc

gc.disable()


class A:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("del", self.name)


def make():
    A("garbage")


def gen():
    try:
        yield 1
    finally:
        print("generator closed at exit")


make()
kept = A("global")
g = gen()
next(g)
cyc = [g]
cyc.append(cyc)
del g
print("end")
