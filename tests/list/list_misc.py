# list constructor, comparison of mixed elements, count/index with equality
print(list("hello").count("l"), [1, 1.0, True].count(1), [[1], [1]].count([1]))
print([0.0, -0.0].index(-0.0), [None, 0].index(0))
a = [3, 1, 2]
b = sorted(a)
print(a, b, a is b)
print([x for x in range(3)] == list(range(3)))
print([i * i for i in range(5)][::-1])
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)])
print(sum(m, []))
x = [1, 2, 3]
x += "ab"
print(x)
try:
    x + "ab"
except TypeError as e:
    print(e)
print(list(map(str, [1, 2])), [str(i) for i in range(3)])
