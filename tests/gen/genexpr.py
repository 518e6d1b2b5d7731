# generator expressions
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list((x, y) for x in range(3) for y in range(3) if x < y))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
print(sorted((c for c in "hello"), reverse=True))
print(",".join(str(i) for i in range(5)))
print(dict((k, len(k)) for k in ["ab", "cde"]))
print(tuple(c.upper() for c in "abc"), set(x % 2 for x in range(10)))
data = [3, 1, 2]
gen = (x for x in data)
data.append(4)   # the iterable is evaluated at creation, iteration is lazy
print(list(gen))
try:
    g2 = (1 / x for x in [1, 0])
    print(next(g2))
    next(g2)
except ZeroDivisionError as e:
    print("raised lazily:", e)
