# Async generator awaitables in detail: athrow() arguments checked when it runs, throw()
# into a pending __anext__, aclose() while another awaitable is under way, GeneratorExit
# thrown into an inner await, reused awaitables, anext() builtin. Everything is finished
# explicitly at the end.
import types
def step(aw, v=None):
    try:
        r = aw.send(v)
        return ('yielded-through', r)
    except StopIteration as e:
        return ('value', e.value)
    except StopAsyncIteration as e:
        return ('StopAsyncIteration', e.args)
    except BaseException as e:
        return (type(e).__name__, str(e))
def thr(aw, *a):
    try:
        r = aw.throw(*a)
        return ('yielded-through', r)
    except StopIteration as e:
        return ('value', e.value)
    except StopAsyncIteration as e:
        return ('StopAsyncIteration', e.args)
    except BaseException as e:
        return (type(e).__name__, str(e))
@types.coroutine
def sleep0(tag='tick'):
    try:
        yield tag
    except GeneratorExit:
        print('sleep0 got GeneratorExit')
        raise
    except BaseException as e:
        print('sleep0 got', type(e).__name__)
        raise
async def agen():
    try:
        yield 1
        await sleep0()
        yield 2
    finally:
        print('agen finally')
a = agen()
aw = a.athrow(1)
print(type(aw).__name__)
print(step(a.__anext__()))
print(step(aw))
print(step(a.__anext__()))
aw = a.athrow(ValueError, 'v', 'notb')
print(step(aw))
a = agen()
print(step(a.__anext__()))
aw = a.__anext__()
print(step(aw))
print(thr(aw, KeyError('into await')))
print(step(a.__anext__()))
a = agen()
print(step(a.__anext__()))
aw = a.__anext__()
print(step(aw))
cl = a.aclose()
print(step(cl))
print(step(aw))
print(a.ag_running)
a = agen()
print(step(a.__anext__()))
aw = a.__anext__()
print(step(aw))
print(step(aw))
cl = a.aclose()
print(step(cl))
print(step(cl))
print(step(a.__anext__()))
print(step(a.athrow(ValueError)))
print(step(a.aclose()))
# aclose while inside await: GeneratorExit thrown into delegate
async def agen3():
    try:
        yield 1
        await sleep0('in-await')
        yield 2
    finally:
        print('agen3 finally')
a = agen3()
print(step(a.__anext__()))
aw = a.__anext__()
print(step(aw))
print(thr(aw, GeneratorExit))
print(a.ag_running, a.ag_frame)
# athrow during await
async def agen4():
    while True:
        try:
            await sleep0('a4')
            yield 'v'
        except ValueError:
            print('agen4 caught ValueError')
a = agen4()
print(step(a.__anext__()))
t = a.athrow(ValueError)
print(step(t))
print(step(t))
print(step(t))
print(step(t, 'x'))
t2 = a.athrow(ValueError)
print(step(t2, 5))
print(thr(t2, IndexError))
print(step(t2))
a = agen4()
c = a.aclose()
print(thr(c, ValueError))
print(step(c))
# anext builtin & awaitable close
a = agen()
n = anext(a)
print(type(n).__name__)
print(n.close(), step(n))
print(step(anext(a)))
async def empty():
    return
    yield
print(step(anext(empty())))
print(step(anext(empty(), 'dflt')))
try:
    anext(agen(), 1, 2)
except TypeError as e:
    print(e)
ag = agen()
print(step(ag.asend(None).__await__()))
print(ag.__aiter__() is ag, aiter(ag) is ag)
del a, aw, t, t2, c, cl, n, ag
print('end')
