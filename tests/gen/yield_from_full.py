# yield from (PEP 380): next, send, throw and close delegated to the inner generator; the
# result is the inner's return value; any iterable works (an iterator without send/throw:
# send(non-None) is an AttributeError, throw is raised at the outer); GeneratorExit passes
# inward and cleanup runs innermost first; close and throw through two levels.
def inner():
    try:
        x = yield 'i1'
        print('inner got', x)
        y = yield 'i2'
        print('inner got', y)
    except ValueError as e:
        print('inner caught', e)
        yield 'i-recovered'
    finally:
        print('inner finally')
    return 'inner-result'

def outer():
    try:
        r = yield from inner()
        print('outer got result', r)
        yield 'o-after'
    finally:
        print('outer finally')

g = outer()
print(next(g))
print(g.send('A'))
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_suspended)
print(g.send('B'))
print(g.gi_yieldfrom)
print(next(g, 'end'))
g = outer()
next(g)
print(g.throw(ValueError('v')))
print(next(g))
g.close()
print('--- close through 1 level')
g = outer()
next(g)
g.close()
print('--- close through 2 levels')
def top():
    try:
        yield from outer()
    finally:
        print('top finally')
g = top()
next(g)
g.close()
print('--- throw through 2 levels')
g = top()
next(g)
print(g.throw(ValueError('deep')))
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
print('--- iterables')
def over(it):
    r = yield from it
    print('returned', r)
print(list(over([1, 2])), list(over(range(3))), list(over('ab')), list(over({'k': 1, 'j': 2})))
print(list(over(iter([5]))), list(over((x * 2 for x in range(2)))))
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration('it-ret')
        return self.i
print(list(over(It())))
g = over(It())
print(next(g))
try:
    g.send(5)
except AttributeError as e:
    print(type(e).__name__, e)
print(next(g, 'finished by the error'))
g = over(It())
next(g)
try:
    g.throw(ValueError('to outer'))
except ValueError as e:
    print('thrown at outer', e)
print(next(g, 'closed'))
g = over([1, 2])
next(g)
try:
    g.send(1)
except AttributeError as e:
    print(type(e).__name__, e)
g = over(It())
next(g)
g.close()
print('closed ok')
print('--- GeneratorExit inward')
def gi():
    try:
        yield 1
    except GeneratorExit:
        print('inner saw GeneratorExit')
        raise
    finally:
        print('inner cleanup')
def go():
    try:
        yield from gi()
    except GeneratorExit:
        print('outer saw GeneratorExit')
        raise
    finally:
        print('outer cleanup')
g = go()
next(g)
g.close()
g = go()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit propagated')
print('--- inner raises during close')
def ir():
    try:
        yield 1
    finally:
        raise KeyError('in inner finally')
def od():
    try:
        yield from ir()
    except KeyError as e:
        print('outer caught', repr(e))
        yield 'outer yields in except'
g = od()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
print(next(g, 'exhausted'))
print('--- return values add up')
def ret5():
    yield 1
    return 5
def sum_up():
    a = yield from ret5()
    b = yield from ret5()
    return a + b
print(list(sum_up()))
g = sum_up()
try:
    while True:
        next(g)
except StopIteration as e:
    print('total', e.value)
print('--- a delegate closed early returns None to yield from')
def early():
    r = yield from (i for i in range(0))
    print('empty delegate returned', r)
    yield 'x'
print(list(early()))
g = over(It())
next(g)
g.throw(TypeError('uncaught at the outer'))
