# tuple/list unpacking, nested unpacking
a, b, c = [1, 2, 3]
print(a, b, c)
[d, e] = "xy"
print(d, e)
(f, g), h = (1, 2), 3
print(f, g, h)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
x, = [42]
print(x)
(y) = 5
print(y)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
first, second = range(2)
print(first, second)
k, v = {"key": "value"}.popitem()
print(k, v)
try:
    a, b = [1, 2, 3]
except ValueError as err:
    print(err)
try:
    a, b, c = [1, 2]
except ValueError as err:
    print(err)
try:
    a, b = 5
except TypeError as err:
    print(err)
