# Generator introspection: type and repr shape (no address), __name__/__qualname__ taken
# from the function and settable, gi_code, gi_frame (None once finished), gi_running,
# gi_suspended, gi_yieldfrom, read-only attributes, inspect.getgeneratorstate.
import inspect, re, sys
def outer():
    def g():
        x = yield 1
        yield x
    return g
gf = outer()
gen = gf()
print(type(gen), type(gen).__name__)
r = repr(gen)
print(re.sub(r'0x[0-9a-f]+', 'ADDR', r))
print(r.startswith('<generator object outer.<locals>.g at 0x'), r.endswith('>'))
print(gen.__name__, gen.__qualname__)
gen.__qualname__ = 'renamed.q'
gen.__name__ = 'newname'
print(gen.__name__, gen.__qualname__)
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(gen)))
try:
    gen.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    gen.__name__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    del gen.__name__
except TypeError as e:
    print(type(e).__name__, e)
print(gf.__name__, gf.__qualname__, gf().__qualname__)
print(gen.gi_code is gf.__code__, gen.gi_code.co_name)
print(gen.gi_running, gen.gi_suspended, gen.gi_yieldfrom, gen.gi_frame is not None)
print(gen.gi_frame.f_lineno, gen.gi_frame.f_code.co_name)
print(inspect.getgeneratorstate(gen))
next(gen)
print(gen.gi_running, gen.gi_suspended, gen.gi_frame.f_lineno, inspect.getgeneratorstate(gen))
print(gen.gi_frame.f_locals)
def watcher():
    print('inside running:', me.gi_running, inspect.getgeneratorstate(me), me.gi_suspended)
    yield
me = watcher()
next(me)
gen.send('v')
try:
    next(gen)
except StopIteration:
    pass
print(gen.gi_frame, gen.gi_running, gen.gi_suspended, inspect.getgeneratorstate(gen))
g2 = gf(); g2.close()
print(g2.gi_frame, inspect.getgeneratorstate(g2))
def dl():
    yield from inner()
def inner():
    yield 1
d = dl()
print(d.gi_yieldfrom)
next(d)
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(d.gi_yieldfrom)))
print(d.gi_yieldfrom.gi_suspended, d.gi_suspended)
ge = (i for i in range(3))
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(ge)), ge.__name__, ge.__qualname__)
class C:
    def meth(self):
        yield 1
    @staticmethod
    def sm():
        yield 2
print(C().meth().__qualname__, C.sm().__qualname__)
print(type(gen) is type(ge), type(gen).__module__ if hasattr(type(gen), '__module__') else None)
import types
print(types.GeneratorType is type(gen), isinstance(gen, types.GeneratorType))
print(inspect.isgenerator(gen), inspect.isgeneratorfunction(gf), inspect.isgeneratorfunction(outer))
for attr in ('gi_frame', 'gi_running', 'gi_code', 'gi_yieldfrom', 'gi_suspended'):
    try:
        setattr(gen, attr, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    gen.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(gen, '__dict__'))
print(sorted(a for a in dir(gen) if not a.startswith('__')))
def f():
    yield 1
f.__qualname__ = 'Changed.q'
f.__name__ = 'nm'
g = f()
print(g.__name__, g.__qualname__, re.sub('0x[0-9a-f]+', 'ADDR', repr(g)))
