# sort with key and reverse, sorted stability
a = [5, 2, 9, 1, 5, 6]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_age = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(by_age, key=lambda p: p[1]))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((2, 1)), sorted({3: 0, 1: 0}))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([-3, 2, -1], key=abs), sorted([0.5, -1, 2.5, 0]))
nums = [3, 1, 2]
r = nums.sort()
print(r, nums)
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
