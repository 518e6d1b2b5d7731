# Argument errors of the generator, coroutine and async generator methods, CPython's exact
# wording (slot wrappers say 'expected 0 arguments'); athrow() checks its arguments only when
# the awaitable runs, after marking the generator running (which then stays so).
def g():
    yield 1
async def c():
    pass
async def ag():
    yield 1
x = g(); co = c(); a = ag()
tests = [
    lambda: x.send(), lambda: x.send(1, 2), lambda: x.close(1), lambda: x.throw(),
    lambda: x.throw(1, 2, 3, 4), lambda: x.send(v=1), lambda: next(x, 1, 2),
    lambda: co.send(), lambda: co.close(1), lambda: co.throw(), lambda: co.__await__(1),
    lambda: a.asend(), lambda: type(a.athrow()).__name__, lambda: a.aclose(1), lambda: a.__anext__(1),
    lambda: a.asend(1).send(), lambda: a.athrow(ValueError).throw(),
    lambda: next(co), lambda: iter(a), lambda: next(a), lambda: len(x), lambda: x[0],
    lambda: x + 1, lambda: hash(x) and None, lambda: x == x, lambda: bool(co),
    lambda: x.__next__(1), lambda: type(x)(), lambda: type(co)(), lambda: type(a)(),
    lambda: x.gi_code.co_name, lambda: co.__await__().__next__(),
    lambda: a.__aiter__(1), lambda: anext(x),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
co.close()
async def ag(): yield 1
a = ag()
for f in (lambda: a.asend(1).__await__(1), lambda: a.__anext__(x=1), lambda: a.athrow(1,2,3,4), lambda: a.athrow(x=1)):
    try: print(type(f()).__name__)
    except TypeError as e: print(e)
t = a.athrow(1,2,3,4)
try: t.send(None)
except TypeError as e: print(e)
t = a.athrow()
try: t.send(None)
except Exception as e: print(repr(e))
a = ag()
t = a.athrow()
try: t.send(None)
except Exception as e: print(repr(e))
print(a.ag_running)
