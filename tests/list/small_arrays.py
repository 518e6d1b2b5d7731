# Small item arrays come from size-class pools and dead small lists are reused with their
# arrays: sizes, contents and capacities must stay exactly CPython's through growth,
# shrinking, reuse at a different size, sorting and clearing.
import sys

# growth one append at a time, across every small size class and out of the pools
l = []
sizes = []
for i in range(80):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
print(sum(l), l[:3], l[-3:])

# shrinking by pops back to empty (arrays move to smaller classes)
sizes = []
while l:
    l.pop()
    sizes.append(sys.getsizeof(l))
print(sizes)
l.append("again")
print(l, sys.getsizeof(l))

# many short-lived small lists of varying sizes: each reuses an earlier one's array
total = 0
for i in range(3000):
    n = i % 11
    t = [i] * n
    s = ("%d=" * n) % tuple(range(n)) if n else ""
    parts = s.split("=")
    total += len(t) + len(parts) + sum(t)
    if i % 500 == 0:
        print(n, sys.getsizeof(t), len(parts), parts[:2])
print(total)

# a list kept alive while its neighbours die and are reused
keep = []
for i in range(200):
    a = [i, i + 1]
    b = [str(i)] * (i % 5 + 1)
    if i % 37 == 0:
        keep.append(a)
        keep.append(b)
print(keep[:4], len(keep))

# displays, comprehensions, slices and list() of small sizes
for n in range(10):
    src = list(range(n))
    c = [x * 2 for x in src]
    d = src[1:]
    e = list(src)
    print(n, c, d, e == src, sys.getsizeof(e))

# sort, reverse, insert and del on small lists
for n in range(1, 9):
    l = [(n * 7 + k * 3) % 10 for k in range(n)]
    l.sort()
    l.reverse()
    l.insert(0, -1)
    del l[1]
    print(l, sys.getsizeof(l))

# a list modified during sort (the sort's detached array is a pool block too)
class Bad:
    def __init__(self, v, victim):
        self.v, self.victim = v, victim
    def __lt__(self, other):
        self.victim.append(0)
        return self.v < other.v
victim = []
items = [Bad(i, victim) for i in range(5)]
victim.extend(items)
try:
    victim.sort()
except ValueError as e:
    print("ValueError", e)

# small dicts and sets grow and shrink through the pools as well
d = {}
for i in range(40):
    d[i] = i * i
for i in range(35):
    del d[i]
print(d, len(d))
s = set()
for i in range(30):
    s.add(i)
for i in range(28):
    s.discard(i)
print(sorted(s))

# a self-referencing small list dies with the collector, and its array is reused after
import gc
for i in range(50):
    x = [i]
    x.append(x)
del x
print(gc.collect() >= 0)
print([[j] * 2 for j in range(4)])
