# Async generators driven by hand: __anext__/asend/athrow/aclose awaitables, values passing
# through from inner awaits, ag_running (an awaitable under way, as 3.11), "anext():
# asynchronous generator is already running", "cannot reuse already awaited ...",
# finally on aclose, "async generator ignored GeneratorExit", PEP 479 for async generators.
import types
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
def step(aw, v=None):
    try:
        r = aw.send(v)
        return ('yielded-through', r)
    except StopIteration as e:
        return ('value', e.value)
    except StopAsyncIteration as e:
        return ('StopAsyncIteration', e.args)
    except Exception as e:
        return (type(e).__name__, str(e))
@types.coroutine
def sleep0():
    yield 'tick'
async def agen():
    try:
        x = yield 1
        print('agen got', x)
        await sleep0()
        y = yield 2
        print('agen got', y)
    except ValueError as e:
        print('agen caught', e)
        yield 'recovered'
    finally:
        print('agen finally')
a = agen()
print(step(a.__anext__()))
print(step(a.asend('sent')))
aw = a.__anext__()
print(step(aw))
print(step(aw))
print(step(aw))
print(step(a.athrow(ValueError('thrown'))))
print(step(a.__anext__()))
print(step(a.__anext__()))
print(step(a.asend(None)))
a = agen()
print(step(a.__anext__()))
print(step(a.aclose()))
print(step(a.__anext__()))
print(step(a.aclose()))
a = agen()
print(step(a.aclose()))
print(step(a.__anext__()))
async def ignore():
    for i in range(2):
        try:
            yield i
        except GeneratorExit:
            print('ignoring')
i = ignore()
print(step(i.__anext__()))
print(step(i.aclose()))
print(step(i.__anext__()), step(i.__anext__()))
async def drive():
    out = []
    async for v in agen2():
        out.append(v)
    return out
async def agen2():
    for i in range(3):
        await sleep0()
        yield i
print(run(drive()))
a = agen()
aw = a.asend(5)
print(step(aw))
aw = a.__anext__()
print(step(aw, 'x'))
aw2 = a.__anext__()
print(step(aw2))
print(a.ag_running)
async def running():
    yield 1
    await sleep0()
    yield 2
r = running()
print(step(r.__anext__()))
aw = r.__anext__()
print(step(aw))
print('ag_running', r.ag_running, type(r.ag_await).__name__)
print(step(r.__anext__()))
print(step(aw))
# asend on running
async def self_asend():
    await rr.asend(None)
    yield 1
rr = self_asend()
print(step(rr.__anext__()))
# StopIteration in async gen
async def raises_si():
    raise StopIteration
    yield
print(step(raises_si().__anext__()))
async def raises_sai():
    raise StopAsyncIteration
    yield
print(step(raises_sai().__anext__()))
async def retval():
    yield 1
    return
print(step(retval().asend(None)))
# athrow forms
a = agen()
step(a.__anext__())
print(step(a.athrow(ValueError)))
a = agen()
step(a.__anext__())
print(step(a.athrow(ValueError, 'v')))
a = agen()
print(step(a.athrow(KeyError('unstarted'))))
print(step(a.__anext__()))
a = agen()
step(a.__anext__())
print(step(a.athrow(KeyError('propagate'))))
print(a.ag_frame)
print(step(a.athrow(KeyError('after'))))
