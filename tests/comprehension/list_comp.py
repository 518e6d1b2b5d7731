# list comprehensions with several for and if clauses
print([x * x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([c for word in ["ab", "cd"] for c in word])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x if x > 0 else 0 for x in [-2, 3, -1, 5]])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([s.upper() for s in "a b c".split() if s != "b"])
print([i for i in range(3) for _ in range(2)])
print([y for x in [[1, 2], [], [3]] for y in x if y != 2])
print([len(w) for w in []])
x = "outer"
print([x for x in "ab"], x)
