# dict comprehensions and construction idioms
squares = {x: x * x for x in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
words = ["apple", "bob", "cat", "apple", "bob", "apple"]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print({w: len(w) for w in words})
print(dict(zip(["x", "y", "z"], [1, 2, 3])), dict(zip("ab", "cdef")))
print(dict(enumerate("abc")), {i: c for i, c in enumerate("hey", start=1)})
print(max(counts, key=counts.get), sorted(counts, key=lambda w: -counts[w]))
