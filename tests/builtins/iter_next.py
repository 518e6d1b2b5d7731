# iter and next on built-in types
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
s = iter("hi")
print(next(s), next(s), next(s, None))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
t = iter((5,))
print(next(t))
try:
    next(t)
except StopIteration:
    print("StopIteration")
try:
    next([1, 2])
except TypeError as e:
    print(e)
e = enumerate("ab")
print(next(e), next(e))
z = zip("ab", [1, 2])
print(next(z), list(z))
