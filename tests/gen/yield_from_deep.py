# Recursion through yield from: 900-level chains work (next, close, throw), tree walks and
# flatten; past the recursion limit it is a RecursionError, never a crash.
import sys

def chain(n):
    if n == 0:
        yield 'bottom'
        return 'r0'
    r = yield from chain(n - 1)
    return r

print(list(chain(900)))
g = chain(900)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('value', e.value)

def closing_chain(n):
    try:
        if n:
            yield from closing_chain(n - 1)
        else:
            yield 'leaf'
    finally:
        if n % 300 == 0:
            print('finally at level', n)

g = closing_chain(900)
next(g)
g.close()
g = closing_chain(900)
next(g)
try:
    g.throw(KeyError('deep'))
except KeyError as e:
    print('thrown through 900 levels', repr(e))
g = closing_chain(900)
next(g)
del g
print('dropped')

def tree(t):
    if isinstance(t, list):
        for c in t:
            yield from tree(c)
    else:
        yield t

nested = 1
for i in range(500):
    nested = [nested, i]
print(sum(tree(nested)))

def flatten(x):
    for y in x:
        if isinstance(y, (list, tuple)):
            yield from flatten(y)
        else:
            yield y

print(list(flatten([1, (2, [3, [4, (5,)]]), [[[[6]]]]])))
try:
    list(chain(5000))
except RecursionError as e:
    print(type(e).__name__, e)

def endless():
    yield from endless()

try:
    next(endless())
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(200)
print(len(list(chain(150))))
try:
    list(chain(250))
except RecursionError as e:
    print(type(e).__name__, e)
print('still alive')
