# generators
def g1():
    x = yield 1
    print("got", x)
    try:
        yield 2
    finally:
        print("g1 cleanup")
    return "ret"
g = g1(); print(next(g), g.send("s"));
try: next(g)
except StopIteration as e: print("stop", e.value)
def g2():
    r = yield from g1()
    print("r", r)
    yield from [10, 20]
for v in g2(): print(v)
def g3():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 99
g = g3(); next(g); print(g.throw(ValueError("boom")))
g = g1(); next(g); g.close(); print("closed")
def inner():
    try:
        yield 1
    except KeyError:
        yield "inner handled"
def outer():
    yield from inner()
o = outer(); next(o); print(o.throw(KeyError))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)) if hasattr(itertools, "islice") else "")
def gen_with():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): print("exit", a[0]); return False
    with CM():
        yield 1
        yield 2
g = gen_with(); next(g); del g
print("after del")
async def co(x):
    return x * 2
async def main():
    a = await co(3)
    b = [await co(i) for i in range(3)]
    return a, b
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("co result", e.value)
class Aw:
    def __await__(self):
        v = yield "suspended"
        return v
async def m2():
    r = await Aw()
    return r
c = m2(); print(c.send(None))
try: c.send("resumed")
except StopIteration as e: print(e.value)
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
class ACM:
    async def __aenter__(self): print("aenter"); return "val"
    async def __aexit__(self, *a): print("aexit"); return False
async def m3():
    out = []
    async for v in AIt():
        out.append(v)
    async with ACM() as x:
        out.append(x)
    return out + [v async for v in AIt()]
c = m3()
try: c.send(None)
except StopIteration as e: print(e.value)
async def agen():
    for i in range(3):
        yield i
async def m4():
    return [x async for x in agen()]
c = m4()
try: c.send(None)
except StopIteration as e: print(e.value)
