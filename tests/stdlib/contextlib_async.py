from contextlib import asynccontextmanager, AsyncExitStack, nullcontext, aclosing

def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("coroutine suspended")

@asynccontextmanager
async def resource(name):
    print("acquire", name)
    try:
        yield name * 2
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("release", name)

async def main():
    async with resource("a") as v:
        print("got", v)
    async with resource("b"):
        raise KeyError("k")
    print("suppressed KeyError")
    try:
        async with resource("c"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", repr(e))
    async with nullcontext(5) as n:
        print("null", n)
    return "done"

print(run(main()))

@asynccontextmanager
async def noyield():
    if False:
        yield

async def main2():
    try:
        async with noyield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

run(main2())

class ACM:
    def __init__(self, n):
        self.n = n
    async def __aenter__(self):
        print("aenter", self.n)
        return self.n
    async def __aexit__(self, *exc):
        print("aexit", self.n, exc[0])

async def main3():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(ACM(1))
        stack.callback(print, "sync callback")
        async def acb(x):
            print("async callback", x)
        stack.push_async_callback(acb, "y")
        b = await stack.enter_async_context(resource("z"))
        print(a, b)
    try:
        await AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        print("TypeError:", e)

run(main3())

class Gen:
    async def aclose(self):
        print("aclose called")

async def main4():
    async with aclosing(Gen()) as g:
        print(type(g).__name__)

run(main4())
