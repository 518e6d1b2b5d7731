def leaf():
    try:
        x = yield "leaf1"
        print("leaf got", x)
        yield "leaf2"
    except ValueError as e:
        print("leaf caught", e)
        yield "leaf-recovered"
    finally:
        print("leaf finally")
    return "leaf-ret"
def mid():
    try:
        r = yield from leaf()
        print("mid got", r)
        yield "mid"
    finally:
        print("mid finally")
def top():
    r = yield from mid()
    yield "top"
g = top()
print(next(g), g.send("S"), g.throw(ValueError("E")), next(g))
print(next(g, "end"), next(g, "end"))
g = top(); next(g); g.close(); print("closed chain")
def yf_finally():
    try:
        yield 1
    finally:
        yield 2
g = yf_finally(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RE", e)
def stopiter():
    yield 1
    raise StopIteration
try:
    list(stopiter())
except RuntimeError as e:
    print("RE2", e)
def nested_gen(n):
    for i in range(n):
        with Ctx(i):
            try:
                yield i
            except KeyError:
                print("KE at", i)
                continue
class Ctx:
    def __init__(self, i): self.i = i
    def __enter__(self): return self
    def __exit__(self, *a): print("exit", self.i, a[0] and a[0].__name__); return False
g = nested_gen(3)
print(next(g), g.throw(KeyError), next(g, None), next(g, None))
print([x * y for x in range(3) for y in range(x) if y if x > 1])
async def failing():
    raise ValueError("async fail")
async def catcher():
    try:
        await failing()
    except ValueError as e:
        return "caught " + str(e)
    finally:
        print("catcher finally")
c = catcher()
try: c.send(None)
except StopIteration as e: print(e.value)
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def use_agen():
    out = []
    async for v in agen():
        out.append(v)
        if v == 1: break
    return out
c = use_agen()
try: c.send(None)
except StopIteration as e: print(e.value)
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None: break
        total += v
    return total
def driver():
    t = yield from accumulate()
    print("total", t)
g = driver(); next(g); g.send(1); g.send(2)
try: g.send(None)
except StopIteration: print("done")
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__, type(gen).__name__)
def gclosure():
    k = 10
    return (i + k for i in range(2))
print(list(gclosure()))
def ret_gen():
    return (yield)
g = ret_gen(); next(g)
try: g.send(5)
except StopIteration as e: print("sv", e.value)
