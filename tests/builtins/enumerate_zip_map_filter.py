# enumerate with start, zip (uneven), map with several iterables, filter with None
print(list(enumerate("abc")), list(enumerate("ab", start=1)), list(enumerate([], 5)))
for i, ch in enumerate("xy", 10):
    print(i, ch)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
print(list(map(str, [1, 2])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(6))))
print(type(map(str, [])).__name__, type(zip()).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
print(dict(zip("abc", range(3))), list(zip(range(3), range(10, 13), "xyz")))
print(list(zip(*["abc", "de"])))
