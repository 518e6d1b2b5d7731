# min/max with key and default, sum with start
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
words = ["kiwi", "banana", "fig", "cherry"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min([], default="empty"), max([], default=None), min([1], default=0))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "b"), (1, "a")]), min([[2], [1, 5]]))
print(max(1, 2.5, True), min(-1, -1.0), max([-0.0, 0.0]))
pairs = [("a", 3), ("b", 1), ("c", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([True, True, False]), sum((x for x in [1, 2]), 0.0))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
try:
    sum(["a"], "")
except TypeError as e:
    print(e)
