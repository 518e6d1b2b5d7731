# list/tuple/dict/set displays with * and ** unpacking
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), [*"ab", *range(2)])
print((*a,), [*a], *a)
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
print({*a, *b, 1} == {1, 2, 3, 4}, sorted({*a, *b}))
print([], (), {}, [[]], ((),), {1: {}})
print((1,), (1, 2), 1,)
t = 1, 2, 3
print(t, type(t).__name__)
e = [*[], *()]
print(e)
print({**{}}, [*{"k": 1}])
