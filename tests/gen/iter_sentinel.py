# iter() with a sentinel, iter() on various objects
values = [1, 2, 3, 0, 4, 5]
pos = 0
def next_value():
    global pos
    v = values[pos]
    pos += 1
    return v
print(list(iter(next_value, 0)))
print(pos)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
it = iter("ab")
print(next(it), next(it), next(it, None))
d_it = iter({"x": 1, "y": 2})
print(list(d_it))
r = iter(range(3))
print(type(r).__name__, list(r))
li = iter([1, 2])
print(type(li).__name__, iter(li) is li)
try:
    iter(lambda: 1, 1, 2)
except TypeError as e:
    print(type(e).__name__)
