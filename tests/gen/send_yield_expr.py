# send(): the priming rule, the value of (yield) anywhere in an expression, send after
# exhaustion; return x -> StopIteration(x). Ends with the priming TypeError uncaught.
def g():
    x = (yield 1) + (yield 2)
    print("x", x)
    y = f((yield 'a'), 10)
    print("y", y)
    if (yield 'cond'):
        print("true branch")
    else:
        print("false branch")
    while (yield 'loop') != 'stop':
        print("loop body")
    z = [(yield 'l1'), (yield 'l2')]
    d = {'k': (yield 'dk')}
    t = (yield 'a') if (yield 'b') else (yield 'c')
    print("z", z, d, t)
    w = -(yield 'neg')
    s = (yield 'x')[(yield 'idx')]
    print(w, s)
    q = yield
    print("q", q)
    return 'ret'

def f(a, b):
    return (a, b)

gen = g()
try:
    gen.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(gen.send(None))
print(gen.send(10))
print(gen.send(20))
print(gen.send('A'))
print(gen.send(0))
print(gen.send('go'))
print(gen.send('stop'))
print(gen.send('L1'))
print(gen.send('L2'))
print(gen.send('D'))
print(gen.send(True))
print(gen.send('T'))
print(gen.send(4))
print(gen.send('hello'))
print(gen.send(1))
try:
    gen.send('Q')
except StopIteration as e:
    print(type(e).__name__, e, e.value, e.args)
try:
    gen.send(1)
except StopIteration as e:
    print("after", type(e).__name__, e.value, e.args)
try:
    gen.send(None)
except StopIteration as e:
    print("after2", repr(e))
print(next(gen, 'default'))
def h():
    return 42
    yield
try:
    next(h())
except StopIteration as e:
    print(repr(e), e.value)
def h2():
    return (1, 2)
    yield
try:
    next(h2())
except StopIteration as e:
    print(repr(e), e.value, e.args)
def h3():
    return None
    yield
try:
    next(h3())
except StopIteration as e:
    print(repr(e), e.value, e.args)
def h4():
    return StopIteration(5)
    yield
try:
    next(h4())
except StopIteration as e:
    print(repr(e), repr(e.value), e.args)
g5 = g()
next(g5)
g5.send(1)
gen = (i for i in range(3))
try:
    gen.send(1)
except TypeError as e:
    print(type(e).__name__, e)
gen = g()
gen.send(3)
