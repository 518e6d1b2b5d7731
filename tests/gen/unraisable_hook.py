# sys.unraisablehook receives what a generator's finalization could not raise (ignored
# GeneratorExit, an error in finally, an async generator yielding on close) as
# UnraisableHookArgs; a failing hook, None and a deleted hook fall back to the default output.
import sys
print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook.__name__)
def hook(u):
    print('unraisable:', type(u).__name__, u.exc_type.__name__, u.exc_value, u.err_msg,
          type(u.object).__name__, u.object.__qualname__, u.exc_traceback is u.exc_value.__traceback__,
          u.exc_traceback.tb_lineno if u.exc_traceback else None)
    print(len(u), u[3], u[0] is u.exc_type)
sys.unraisablehook = hook
def inner():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
x = inner(); next(x); del x
def raiser():
    try:
        yield 1
    finally:
        raise KeyError('in finally')
x = raiser(); next(x); del x
class D:
    def __del__(self):
        raise ValueError('in __del__')
d = D(); del d
async def agen():
    try:
        yield 1
    except GeneratorExit:
        yield 2
a = agen()
try:
    a.__anext__().send(None)
except StopIteration:
    pass
del a
def bad_hook(u):
    raise OSError('hook failed')
sys.unraisablehook = bad_hook
x = inner(); next(x)
try:
    del x
except Exception as e:
    print('not raised here', e)
sys.unraisablehook = sys.__unraisablehook__
print('restored')
try:
    sys.unraisablehook(1)
except TypeError as e:
    print(e)
sys.unraisablehook = None
x = raiser(); next(x); del x
del sys.unraisablehook
x = raiser(); next(x); del x
print('end')
def rec(u):
    tb = u.exc_traceback
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print('unraisable from', u.object.__qualname__, type(u.exc_value).__name__, lines)
sys.unraisablehook = rec
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('stubborn ignores')
def local_drop():
    s = stubborn()
    next(s)
    return 'returned'
print(local_drop())
def raise_drop():
    s = stubborn()
    next(s)
    raise KeyError('x')
try:
    raise_drop()
except KeyError:
    print('handler runs first')
def d():
    yield from stubborn()
g = d(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
del g
def loop_raise():
    for x in stubborn():
        raise ValueError(x)
try:
    loop_raise()
except ValueError:
    print('caught')
