# types.coroutine marks a generator function's code CO_ITERABLE_COROUTINE (code.replace),
# so its generators can be awaited and may 'yield from' a coroutine; other callables.
import types, inspect
@types.coroutine
def sw():
    v = yield 'sw'
    return v
g = sw()
print(type(g).__name__, inspect.isawaitable(g), inspect.isgenerator(g), inspect.iscoroutine(g))
print(inspect.isgeneratorfunction(sw), inspect.iscoroutinefunction(sw))
print(next(g))
async def c():
    return await sw()
co = c()
print(co.send(None))
try:
    co.send(5)
except StopIteration as e:
    print(e.value)
def notgen():
    return 5
print(types.coroutine(notgen)())
async def already(): pass
print(types.coroutine(already) is already)
class Gen:
    def __iter__(self): return self
    def __next__(self): return 1
    def send(self, v): return 1
    def throw(self, *a): pass
    def close(self): pass
try:
    types.coroutine(1)
except TypeError as e:
    print(e)
print(sw.__name__, hex(sw.__code__.co_flags))
async def done():
    return 7
@types.coroutine
def tc():
    r = yield from done()
    return r
async def uses_tc():
    return await tc()
try:
    uses_tc().send(None)
except StopIteration as e:
    print('tc value', e.value)
def plain():
    yield from done()
try:
    list(plain())
except TypeError as e:
    print(type(e).__name__, e)
code = plain.__code__
c2 = code.replace(co_name='renamed')
print(c2.co_name, code.co_name, c2.co_flags == code.co_flags, c2 is code)
