# nested comprehensions and comprehensions over generators
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
flat = [cell for row in grid for cell in row]
print(flat)
transposed = [[row[i] for row in grid] for i in range(3)]
print(transposed)
words = ["hello", "world", "hi"]
print({w: {c: w.count(c) for c in sorted(set(w))} for w in words})
print(sum(sum(r * c for r, c in row) for row in grid))
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print([x for x in (y * 2 for y in range(5)) if x > 2])
