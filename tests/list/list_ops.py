# list operators, comparison, repr, nesting
a = [1, 2]
print(a * 3, 3 * a, a * 0, a + [3], [0] * 5)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 2, 3], [2] > [1, 9], [] < [0])
print([1, [2, [3, [4]]]], ["a", 'b"c', 1.5, None, True])
s = [1, 2]
s.append(s)
print(s)
t = []
t.append([t])
print(t)
print(len([1, [2, 3]]), 3 in [1, 2, 3], [2] in [[1], [2]], list("ab"), list((1, 2)), list())
print(list(range(5)), list({1: 2}), list(x for x in "xy"))
a = [1, 2, 3]
a[1] = "two"
a[-1] = "three"
print(a)
try:
    a[3] = 1
except IndexError as e:
    print(e)
try:
    a[3]
except IndexError as e:
    print(e)
try:
    a["x"]
except TypeError as e:
    print(e)
