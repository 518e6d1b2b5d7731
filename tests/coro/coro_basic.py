# Coroutines without an event loop: await on coroutines, on objects whose __await__ returns
# an iterator (a generator), on types.coroutine generators; the TypeErrors of bad awaitables;
# 'cannot reuse already awaited coroutine'; a coroutine is not iterable; send/throw/close;
# cr_await; PEP 479 in coroutines. Ends with send(non-None) to a just-started coroutine.
import types
class Fut:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ('fut', self.v)
        return got
async def leaf(x):
    r = await Fut(x)
    return r * 2
async def mid():
    a = await leaf(1)
    b = await leaf(2)
    return a + b
@types.coroutine
def legacy():
    v = yield 'legacy-yield'
    return v
def plain_gen():
    yield 'g'
class AwGen:
    def __await__(self):
        return plain_gen()
async def top():
    t = await mid()
    l = await legacy()
    g = await AwGen()
    return (t, l, g)
c = top()
print(c.send(None))
print(c.send(10))
print(c.send(20))
print(c.send('L'))
try:
    c.send('unused')
except StopIteration as e:
    print('result', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print(type(e).__name__, e)
print(c.close())
async def bad(x):
    return await x
for obj in (1, 'str', None, [1], plain_gen()):
    b = bad(obj)
    try:
        b.send(None)
    except TypeError as e:
        print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 5
class BadAwait2:
    def __await__(self):
        return [1]
class CoroAwait:
    def __await__(self):
        return leaf(1)
for obj in (BadAwait(), BadAwait2(), CoroAwait()):
    b = bad(obj)
    try:
        b.send(None)
    except TypeError as e:
        print(type(e).__name__, e)
co = leaf(3)
try:
    iter(co)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in co:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(co)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(co)
except TypeError as e:
    print(type(e).__name__, e)
co.close()
async def reuse():
    c = leaf(1)
    await c
async def twice():
    c = leaf(1)
    try:
        await c
    except Exception as e:
        print('first', e)
c2 = twice()
print(c2.send(None))
async def done():
    return 7
async def await_twice():
    d = done()
    print(await d)
    try:
        await d
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    await_twice().send(None)
except StopIteration:
    pass
# coroutine throw/close
async def guarded():
    try:
        await Fut(1)
    except ValueError as e:
        print('coro caught', e)
        return 'handled'
    finally:
        print('coro finally')
g = guarded(); g.send(None)
try:
    g.throw(ValueError('in'))
except StopIteration as e:
    print('stop', e.value)
g = guarded(); g.send(None)
print(g.close())
g = guarded(); print(g.close())
# cr_await
g = top(); g.send(None)
print(type(g.cr_await).__name__, g.cr_await.cr_await.__class__.__name__)
# await wrapper
w = done().__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print('wrapper value', e.value)
# coroutine raising StopIteration
async def si():
    raise StopIteration('x')
try:
    si().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
# already executing
async def selfawait():
    await me
me = selfawait()
try:
    me.send(None)
except ValueError as e:
    print(type(e).__name__, e)
async def sendme():
    me2.send(None)
me2 = sendme()
try:
    me2.send(None)
except ValueError as e:
    print(type(e).__name__, e)
# yield from coroutine in plain generator
def yf():
    yield from done()
try:
    list(yf())
except TypeError as e:
    print(type(e).__name__, e)
@types.coroutine
def tc():
    r = yield from done()
    return r
async def uses_tc():
    return await tc()
try:
    uses_tc().send(None)
except StopIteration as e:
    print('tc value', e.value)
c = done()
c.send(5)
