# range: steps, negative steps, repr, len, indexing, membership
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(5, 0, -1)), list(range(0)), list(range(5, 5)), list(range(5, 0)), list(range(-3, 3)))
print(range(5), range(1, 5), range(1, 10, 2), range(10, 0, -1), repr(range(0, -5, -1)))
r = range(3, 20, 4)
print(len(r), r[0], r[-1], r[1:3], 7 in r, 8 in r, r.index(11), r.count(15))
print(len(range(10, 0, -3)), len(range(0)), len(range(2 ** 40)), range(2 ** 40)[-1])
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(5, 5), list(reversed(range(4))))
print(r.start, r.stop, r.step, sum(range(101)), max(range(7)), min(range(3, 9)))
for i in range(3, -1, -1):
    print(i, end=" ")
print()
try:
    range(10)[10]
except IndexError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
