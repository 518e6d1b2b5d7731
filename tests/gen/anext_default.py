# anext(aiterator, default): the default replaces StopAsyncIteration.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1
    yield 2

class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    g = agen()
    print(await anext(g, "end"), await anext(g, "end"), await anext(g, "end"), await anext(g, None))
    c = Counter(2)
    print([await anext(c, -1) for _ in range(4)])
    try:
        await anext(agen())
        print(await anext(Counter(0)))
    except StopAsyncIteration:
        print("StopAsyncIteration without a default")
    aw = anext(Counter(0), 42)
    print(type(aw).__name__)
    print(await aw)

print(run(main()))
try:
    anext(5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    anext([], 1)
except TypeError as e:
    print("TypeError", e)
aw = anext(Counter(1), "x")
it = aw.__await__()
try:
    it.send(None)
except StopIteration as e:
    print("value", e.value)
aw = anext(Counter(0), "dflt")
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)

async def failing():
    raise ValueError("inside")
    yield
aw = anext(failing(), "x")
try:
    aw.send(None)
except ValueError as e:
    print("ValueError", e)

