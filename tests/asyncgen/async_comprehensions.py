# Async comprehensions and await inside comprehensions (list/set/dict/genexpr, nested),
# driven by send(None) by hand; an async genexpr is an async generator; their TypeErrors
# (a list display iterated by 'async for' in a comprehension is a tuple, as CPython).
import types
@types.coroutine
def tick(v):
    got = yield ('tick', v)
    return got
async def arange(n):
    for i in range(n):
        await tick(i)
        yield i
async def double(x):
    r = await tick(x)
    return x * 2 if r is None else r
async def main():
    a = [x async for x in arange(3)]
    b = {x % 2 async for x in arange(4)}
    c = {x: x * x async for x in arange(3)}
    d = [await double(x) for x in range(3)]
    e = [await double(x) async for x in arange(2) if await double(x) >= 0]
    g = (x * 10 async for x in arange(3))
    f = [y async for y in g]
    h = [[z async for z in arange(i)] async for i in arange(3)]
    k = {await double(k): v for k, v in {1: 'a', 2: 'b'}.items()}
    return a, b, c, d, e, f, h, k
co = main()
n = 0
try:
    v = co.send(None)
    while True:
        n += 1
        if n <= 3:
            print('yielded', v)
        v = co.send(None)
except StopIteration as e:
    print(n, e.value)
async def agen_expr_type():
    g = (x async for x in arange(2))
    print(type(g).__name__, g.__name__, g.__qualname__)
    print(await g.__anext__())
    return [i async for i in g]
co = agen_expr_type()
try:
    while True: co.send(None)
except StopIteration as e:
    print(e.value)
def sync_with_await_genexp():
    return (await double(x) for x in range(2))
g = sync_with_await_genexp()
print(type(g).__name__)
co = g.__anext__()
try:
    while True: print('send', co.send(None))
except StopIteration as e:
    print('anext value', e.value)
async def bad_iter():
    return [x async for x in [1, 2]]
try:
    bad_iter().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def bad_iter2():
    return [x for x in arange(2)]
try:
    bad_iter2().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def bad_iter3(a):
    return [x async for x in [a, 2]]
try:
    bad_iter3(1).send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def bad_iter4(a):
    return [x async for x in [*a]]
try:
    bad_iter4('ab').send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def bad_iter5():
    return [(x, y) async for x in arange(1) async for y in [1, 2]]
try:
    bad_iter5().send(None)
except TypeError as e:
    print(type(e).__name__, e)
