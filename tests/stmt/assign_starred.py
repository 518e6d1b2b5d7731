# starred assignment targets
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "abc"
print(a)
(a, *b), c = "xyz", 1
print(a, b, c)
first, *_, last = "hello world"
print(first, last)
for x, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(x, rest)
try:
    a, *b, c = [1]
except ValueError as err:
    print(err)
