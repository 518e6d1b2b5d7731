# comprehension scoping: the loop variable does not leak; closures inside
i = "unchanged"
squares = [i * i for i in range(4)]
print(squares, i)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def scale(factor):
    return [x * factor for x in range(3)]
print(scale(10))
class K:
    data = [1, 2, 3]
    doubled = [x * 2 for x in data]     # the outermost iterable is evaluated in class scope
print(K.doubled)
n = 3
print([[n * r + c for c in range(n)] for r in range(n)])
print([(lambda y: y + 1)(x) for x in range(3)])
