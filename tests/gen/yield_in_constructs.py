# yield in more constructs: generator lambdas (return the body's value), with blocks
# (close/throw run __exit__), f-strings, call keywords, starred displays, augmented
# assignment, subscript targets, comparisons, and/or, walrus loops, yield of tuples,
# return inside try/finally, yield in except and nested finally.
import sys
lam = lambda: (yield 1)
g = lam()
print(type(g).__name__, g.__name__, next(g))
try:
    g.send('x')
except StopIteration as e:
    print('lambda gen returned', e.value)
class CM:
    def __enter__(self):
        print('enter'); return self
    def __exit__(self, *a):
        print('exit', a[0].__name__ if a[0] else None); return False
def with_gen():
    with CM():
        yield 1
        yield 2
g = with_gen(); next(g); g.close()
g = with_gen(); next(g)
try:
    g.throw(KeyError)
except KeyError:
    print('propagated through with')
def fstr():
    x = f"{(yield 'a')}-{(yield 'b')}"
    yield x
g = fstr(); print(next(g), g.send(1), g.send(2))
def kw():
    yield dict(a=(yield 1), b=(yield 2))
g = kw(); print(next(g), g.send('A'), g.send('B'))
def starred():
    yield [*(yield 'first'), *(yield 'second')]
g = starred(); print(next(g), g.send([1]), g.send((2, 3)))
def aug():
    x = 10
    x += yield 'aug'
    yield x
g = aug(); print(next(g), g.send(5))
def subscr():
    d = {}
    d[(yield 'key')] = (yield 'value')
    yield d
g = subscr(); print(next(g), g.send('k'), g.send('v'))
def chained():
    return (yield) == (yield)
g = chained(); next(g); g.send(1)
try: g.send(1)
except StopIteration as e: print('cmp', e.value)
def boolop():
    r = (yield 'a') and (yield 'b') or (yield 'c')
    yield r
g = boolop(); print(next(g), g.send(0), g.send('C'))
def in_while():
    n = 0
    while (v := (yield n)) is not None:
        n += v
    yield 'end', n
g = in_while(); print(next(g), g.send(2), g.send(3), g.send(None))
def gen_in_class():
    class K:
        y = 5
        def m(self):
            yield self.y
    return list(K().m())
print(gen_in_class())
def yield_tuple():
    x = yield 1, 2
    y = yield
    z = yield *[3, 4], 5
    print(x, y, z)
g = yield_tuple(); print(next(g), g.send('x'), g.send('y'))
try: g.send('z')
except StopIteration: pass
def ret_in_try():
    try:
        return 'from try'
        yield
    finally:
        print('finally on return')
try:
    next(ret_in_try())
except StopIteration as e:
    print(e.value)
def yield_in_except_finally():
    try:
        raise ValueError
    except ValueError:
        try:
            yield 'in except'
        finally:
            yield 'in nested finally'
for v in yield_in_except_finally(): print(v)
print(sys.exc_info())
