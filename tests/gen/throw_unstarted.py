# throw() into a generator that never started: raised at once, no handler of the body runs
import traceback

def g():
    try:
        yield 1
    except KeyError:
        print('caught inside')
        yield 2
    finally:
        print('finally')

x = g()
try:
    print(x.throw(KeyError('z')))
except KeyError as e:
    print('outside', e)
print(next(x, 'exhausted'))

def h():
    try:
        yield
    finally:
        print('never printed')

y = h()
try:
    y.throw(ValueError, 'v')
except ValueError as e:
    print('thrown', repr(e))
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print('last entry line', tb.tb_lineno)

# StopIteration thrown in becomes RuntimeError (PEP 479), still without running the body
def k():
    print('body')
    yield 1

try:
    k().throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# coroutine: the same
async def c():
    try:
        await something()
    finally:
        print('coro finally')

co = c()
try:
    co.throw(OSError('o'))
except OSError as e:
    print('coro', repr(e))
try:
    co.send(None)
except RuntimeError as e:
    print(e)
try:
    co.throw(KeyError)
except RuntimeError as e:
    print(e)

# the traceback of such a throw ends at the def line
def deep():
    yield 1

try:
    deep().throw(IndexError('i'))
except IndexError:
    lines = traceback.format_exc().splitlines()
    print(lines[-3].split(',', 1)[1])
    print('\n'.join(lines[-2:]))
