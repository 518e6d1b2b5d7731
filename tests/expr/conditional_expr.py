# conditional expressions, nesting and precedence
x = 7
print("odd" if x % 2 else "even")
print("big" if x > 100 else "medium" if x > 5 else "small")
print((1 if True else 2) + 10, 1 if False else 2 + 10)
f = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print(f(-1), f(0), f(1))
lst = [a if a > 0 else -a for a in (-3, 2, -1)]
print(lst)
called = []
def side(n):
    called.append(n)
    return n
r = side("t") if side(False) else side("f")
print(r, called)
print([i for i in range(10) if i % 3 == 0] if x else None)
