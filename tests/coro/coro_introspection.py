# Coroutine introspection: __name__/__qualname__ (from the function, settable) in repr and
# in the never-awaited warning; cr_frame, cr_running, cr_await, cr_suspended, cr_code,
# cr_origin; inspect.getcoroutinestate through CORO_CREATED/RUNNING/SUSPENDED/CLOSED.
import inspect, re, types

class Fut:
    def __await__(self):
        return (yield 'fut')

async def co():
    print('inside:', inspect.getcoroutinestate(c), c.cr_running)
    r = await Fut()
    return r

c = co()
print(type(c), re.sub('0x[0-9a-f]+', 'ADDR', repr(c)))
print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_origin)
print(inspect.getcoroutinestate(c), c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame is not None)
print(c.send(None))
print(inspect.getcoroutinestate(c), c.cr_suspended, type(c.cr_await).__name__)
try:
    c.send(42)
except StopIteration as e:
    print('value', e.value)
print(inspect.getcoroutinestate(c), c.cr_frame, c.cr_running, c.cr_await, c.cr_suspended)

async def named():
    pass

named.__qualname__ = 'CQ'
d = named()
print(d.__name__, d.__qualname__, re.sub('0x[0-9a-f]+', 'ADDR', repr(d)))
d.__qualname__ = 'set.on.coro'
print(re.sub('0x[0-9a-f]+', 'ADDR', repr(d)))
for attr in ('cr_code', 'cr_await', 'cr_frame', 'cr_origin'):
    try:
        setattr(d, attr, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    d.__name__ = 3
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(x for x in dir(d) if not x.startswith('__')))
print(inspect.iscoroutine(d), inspect.isawaitable(d), inspect.iscoroutinefunction(named))
print(isinstance(d, types.CoroutineType), type(d).__name__)
del d
print('end')
