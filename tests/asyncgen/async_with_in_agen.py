# async with inside an async generator; break out of async for (the generator is not
# closed then), explicit aclose() runs finally and __aexit__; athrow propagating; async
# comprehensions over async generators.
import types
@types.coroutine
def tick():
    yield 'tick'
def run(c):
    n = 0
    try:
        while True:
            c.send(None); n += 1
    except StopIteration as e:
        return n, e.value
class ACM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print('enter', self.name); await tick(); return self
    async def __aexit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None); return False
async def agen():
    async with ACM('in-agen'):
        for i in range(5):
            try:
                yield i
            finally:
                print('agen step finally', i)
async def main():
    async for v in agen():
        print('v', v)
        if v == 1:
            break
    print('after break (agen not yet closed?)')
    g = agen()
    async for v in g:
        if v == 0: break
    await g.aclose()
    print('explicitly closed')
    return 'ok'
print(run(main()))
async def main2():
    g = agen()
    print(await g.__anext__())
    try:
        await g.athrow(KeyError('k'))
    except KeyError as e:
        print('athrow propagated', repr(e))
    print(g.ag_frame)
    return 'ok2'
print(run(main2()))
async def agen_ret():
    yield 1
    return
async def main3():
    return [x async for x in agen_ret()], [x async for x in agen()][:2]
print(run(main3()))
