# Automatic collection: a loop making many cyclic groups has them collected as it goes
# (finalizers run long before the loop ends), and gc.collect() finds the rest.
import gc

finalized = 0


class Node:
    def __del__(self):
        global finalized
        finalized += 1


N = 100000
seen_during_loop = 0
for i in range(N):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
    a.data = [a, b, i]
    if i == N // 2:
        seen_during_loop = finalized
del a, b
print("collected while looping:", seen_during_loop > N // 2)
gc.collect()
print("all finalized:", finalized == 2 * N)


# generators left suspended in cycles are closed by automatic collections too
closed = 0


def gen(box):
    global closed
    try:
        yield 1
        yield 2
    finally:
        closed += 1


for i in range(20000):
    box = []
    g = gen(box)
    box.append(g)
    next(g)
del box, g
print("closed while looping:", closed > 10000)
gc.collect()
print("all closed:", closed == 20000)
