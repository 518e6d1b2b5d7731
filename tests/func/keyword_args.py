# keyword arguments, keyword-only and positional-only parameters
def f(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(c=0, a=1))
print(f(*[1, 2], c=9, **{"d": 10, "z": 26}))
def kwonly(*, x, y=0):
    return x + y
print(kwonly(x=1), kwonly(y=2, x=3))
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, 3), posonly(1, 2, c=3))
def show(**kwargs):
    return list(kwargs.items())
print(show(z=1, a=2, m=3))
def order(first, second):
    return first + "-" + second
print(order(second="2", first="1"))
