# aclose() of an async generator whose finally awaits (the await passes through the aclose
# awaitable), async for with break then aclose, a suspended async generator dropped runs
# its finally, and an exception raised inside an async generator under async for, uncaught.
import types
@types.coroutine
def tick(t):
    v = yield t
    return v
def run(c):
    try:
        while True:
            print('  loop got', c.send(None))
    except StopIteration as e:
        return e.value
async def ag():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup start')
        await tick('cleanup-await')
        print('cleanup end')
async def main():
    g = ag()
    print(await g.__anext__())
    await g.aclose()
    print('closed', g.ag_frame)
    g2 = ag()
    async for v in g2:
        print('v', v)
        break
    await g2.aclose()
    return 'main done'
print(run(main()))
async def ag_simple():
    try:
        yield 1
    finally:
        print('simple finally')
g = ag_simple()
run(g.__anext__())
del g
print('after del simple')
async def ag_raise():
    yield 1
    raise KeyError('from agen')
async def main2():
    async for v in ag_raise():
        print('got', v)
run(main2())
