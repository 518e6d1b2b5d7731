# list methods
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend(range(2)); print(a)
a.insert(0, "first"); print(a)
a.insert(100, "last"); print(a)
a.insert(-1, "before-last"); print(a)
a.remove("first"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(2), a.index(0), a.count(1), a.count(99))
a.reverse(); print(a)
b = a.copy(); b.append("copy"); print(a, b)
a.clear(); print(a, len(a))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(5)
except ValueError as e:
    print(e)
try:
    [1, 2].index(7)
except ValueError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
c = [1, 2, 3, 2, 1]
print(c.index(2, 2), c.index(1, 1))
