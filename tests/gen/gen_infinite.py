# infinite generators with break and take-while patterns
def naturals():
    n = 0
    while True:
        yield n
        n += 1
for n in naturals():
    if n * n > 50:
        break
print("first n with n*n > 50:", n)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for f in fib():
    if f > 1000:
        break
    out.append(f)
print(out)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, fib())), list(take(3, naturals())))
g = naturals()
print([next(g) for _ in range(4)], next(g))
def cycle(seq):
    while True:
        for x in seq:
            yield x
print(list(take(7, cycle("ab"))))
