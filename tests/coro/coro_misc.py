# A suspended generator in a reference cycle is finalized by gc.collect(); 800-level await
# chains and RecursionError beyond the limit; close() and ignored GeneratorExit inside an
# await; exc_info kept across awaits; f_back of a resumed generator; throw() with a
# traceback argument, uncaught (the traceback continues the given one).
import sys, gc, types
# suspended generator in a cycle: finalized by the collector
def cyc():
    try:
        me = yield
        yield
    finally:
        print('cyc finally')
g = cyc(); next(g); g.send(g)
del g
print('before collect')
gc.collect()
print('after collect')
# deep await chain
async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)
try:
    deep(800).send(None)
except StopIteration as e:
    print('deep await', e.value)
try:
    deep(5000).send(None)
except RecursionError as e:
    print(type(e).__name__, e)
# coroutine close inside await
class Fut:
    def __await__(self):
        try:
            yield 'f'
        finally:
            print('Fut cleanup')
async def c1():
    try:
        await Fut()
    finally:
        print('c1 finally')
c = c1(); c.send(None); c.close()
# coroutine ignoring GeneratorExit
async def c2():
    try:
        await Fut()
    except GeneratorExit:
        await Fut()
c = c2(); c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
c.send(None) if False else None
try:
    c.send(None)
except StopIteration:
    print('c2 done')
# exc_info in coroutine across awaits
@types.coroutine
def sw():
    yield
async def c3():
    try:
        raise KeyError('k')
    except KeyError:
        await sw()
        print('c3 exc_info', repr(sys.exc_info()[1]))
c = c3(); c.send(None)
print('outside', sys.exc_info())
try:
    c.send(None)
except StopIteration:
    pass
# f_back while running
def fb():
    f = sys._getframe()
    print('f_back', f.f_back.f_code.co_name)
    yield
    print('f_back 2', sys._getframe().f_back.f_code.co_name)
    yield
def driver():
    g = fb()
    next(g)
    def other():
        next(g)
    other()
driver()
g = fb(); next(g)
print('suspended f_back', g.gi_frame.f_back)
# throw with traceback arg, uncaught
def tgen():
    yield 1
def make_tb():
    try:
        raise ValueError('orig')
    except ValueError as e:
        return e
e = make_tb()
x = tgen(); next(x)
x.throw(ValueError, ValueError('second'), e.__traceback__)
