# An async generator: __anext__ (async for), asend, athrow, aclose, driven by send(None).
import types

@types.coroutine
def pause(label):
    yield label

async def ticker(n):
    try:
        for i in range(n):
            received = yield i
            if received is not None:
                print("ticker received", received)
            await pause(f"after {i}")
    finally:
        print("ticker finally")

async def consume():
    out = []
    async for v in ticker(2):
        out.append(v)
    return out

def run(coro):
    try:
        request = coro.send(None)
        while True:
            print("loop got", request)
            request = coro.send(None)
    except StopIteration as e:
        return e.value

print(run(consume()))

async def drive():
    t = ticker(5)
    print("first", await t.__anext__())
    print("asend", await t.asend("hello"))
    try:
        await t.athrow(ValueError("stop"))
    except ValueError as e:
        print("athrow raised", repr(e))
    t2 = ticker(5)
    print("first", await t2.__anext__())
    await t2.aclose()
    print("closed")

run(drive())
