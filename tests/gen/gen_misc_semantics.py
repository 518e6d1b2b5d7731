# Generator odds and ends: __exit__ suppressing GeneratorExit (ignored), return in finally
# swallowing a throw, genexpr laziness rules, errors raised by a middle generator after its
# delegate returned, values sent through 3 levels, when zip/break/del close generators.
import sys
class Suppress:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('exit with', t.__name__ if t else None)
        return True
def sup():
    with Suppress():
        yield 1
    yield 'after with'
g = sup(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
g = sup(); next(g)
print(g.throw(ValueError))
def fin_return():
    try:
        yield 1
    finally:
        return 'from finally'
g = fin_return(); next(g)
try:
    g.throw(KeyError)
except StopIteration as e:
    print('swallowed by return in finally', e.value)
ge = (x * 2 for x in range(5))
print(next(ge), ge.gi_frame.f_locals.get('x'), list(ge))
ge = (x for x in range(3))
next(ge); ge.close(); print(list(ge))
try:
    ge = (x for x in 5)
except TypeError as e:
    print('genexpr outer iterable evaluated eagerly:', e)
ge = (y for x in [1] for y in 5)
try:
    next(ge)
except TypeError as e:
    print('inner lazily:', e)
# middle raises after inner returns
def inner():
    yield 1
    return 'r'
def mid():
    r = yield from inner()
    raise ValueError('mid after ' + r)
def top():
    try:
        yield from mid()
    except ValueError as e:
        yield 'top caught ' + str(e)
print(list(top()))
# middle catches inner's exception and continues
def inner2():
    yield 1
    raise KeyError('inner2')
def mid2():
    try:
        yield from inner2()
    except KeyError:
        yield 'mid2 recovered'
    yield 'mid2 end'
def top2():
    r = yield from mid2()
    yield ('top2 got', r)
print(list(top2()))
# send values down 3 levels and back
def l3():
    total = 0
    while True:
        v = yield total
        if v is None: return total
        total += v
def l2():
    return (yield from l3())
def l1():
    r = yield from l2()
    yield 'final ' + str(r)
g = l1(); next(g)
print(g.send(1), g.send(2), g.send(3), g.send(None))
# throw at 3 levels, caught in middle
def l3b():
    yield 'a'
    yield 'b'
def l2b():
    try:
        yield from l3b()
    except IndexError:
        yield 'l2b caught'
def l1b():
    yield from l2b()
g = l1b(); next(g)
print(g.throw(IndexError), next(g, 'done'))
# exception inside generator while iterating in list comprehension
def gerr():
    yield 1
    1/0
try:
    [x for x in gerr()]
except ZeroDivisionError as e:
    print('comp', e)
print(sum(x for x in range(10) if x % 3), max((y for y in [3, 1, 2]), default=0))
# gen in sorted with key as generator? zip stops: generator not closed until dropped
def noisy(n):
    try:
        for i in range(n):
            yield i
    finally:
        print('noisy', n, 'finally')
print(list(zip(noisy(2), noisy(5))))
print('after zip')
it = iter(noisy(3))
for v in it:
    if v == 1: break
print('broke out')
del it
print('deleted')
for v in noisy(4):
    if v == 0: break
print('after loop over temp')
