# lambda expressions
add = lambda a, b: a + b
print(add(2, 3))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda a, b=10: a * b)(4))
print((lambda a, *, k: a - k)(10, k=3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(add.__name__, type(add).__name__)
print(list(map(lambda x: x ** 2, range(5))))
print((lambda x: (lambda y: x + y))(1)(2))
