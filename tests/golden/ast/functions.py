def simple(): pass
def args(a, b, c=1, *rest, d, e=2, **kw): return a
def posonly(a, b=1, /, c=2, *, d, e=3): pass
def annotated(a: int, b: "str" = "x", *args: int, **kw: dict) -> list[int]:
    return [a]
def star_only(*, key): pass
@decorator
@decorator.attr(1, x=2)
@(lambda f: f)
def decorated(): pass
async def coro(x):
    await x
    async for i in x:
        pass
    async with x as y:
        pass
    return [i async for i in x]
@dataclass
class WithDecorator:
    field: int = 0
    def method(self, *args, **kwargs):
        return super().method(*args, **kwargs)
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    z = (yield)
    await_me = lambda: (yield)
f(a)(b)(c)
f(*args, key=1, **kw)
f(a, *b, c, d=1, *e, **f)
f(x for x in y)
f((x for x in y), z)
