# tuples: creation, immutability, methods, comparison
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t + (4,), t * 2, 2 in t)
print((), (1,), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
print(t.count(2), t.index(3), (1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 0))
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
try:
    t[0] = 9
except TypeError as e:
    print(e)
try:
    t[5]
except IndexError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
m = ([1], 2)
m[0].append(3)
print(m)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
print(tuple(x * 2 for x in t), max(t), min(t), sum(t), sorted((3, 1, 2)))
print(repr((1, "a", None, 2.5)), str(("x",)))
