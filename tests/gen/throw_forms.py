# throw(): throw(Type), throw(instance), throw(Type, value), the 3-argument form with a
# traceback, bad arguments; into suspended, unstarted and exhausted generators; caught and
# yielding again, caught and returning, or propagating. Ends with an uncaught throw.
import sys
def g():
    while True:
        try:
            x = yield 'ready'
            print('got', x)
        except ValueError as e:
            print('caught', type(e).__name__, e, e.args)
            yield 'recovered'
        except KeyError as e:
            print('keyerror', repr(e))
            return 'ret-from-keyerror'

gen = g()
print(next(gen))
print(gen.throw(ValueError))
print(next(gen))
print(gen.throw(ValueError('inst')))
print(next(gen))
print(gen.throw(ValueError, 'val'))
print(next(gen))
print(gen.throw(ValueError, ('a', 'b')))
print(next(gen))
print(gen.throw(ValueError, ValueError('v2')))
print(next(gen))
print(gen.throw(ValueError, None))
print(next(gen))
try:
    raise ValueError('with tb')
except ValueError as e:
    tb = e.__traceback__
print(gen.throw(ValueError, ValueError('tb3'), tb))
print(next(gen))
try:
    gen.throw(ValueError, 'x', 'notatb')
except TypeError as e:
    print(type(e).__name__, e)
print(gen.send('still alive'))
try:
    gen.throw(KeyError('k'))
except StopIteration as e:
    print('stop', e.value)
try:
    gen.throw(IndexError('after exhausted'))
except IndexError as e:
    print('exhausted throw', type(e).__name__, e)
try:
    gen.throw(IndexError)
except IndexError as e:
    print('exhausted throw type', repr(e))
# propagates
def p():
    yield 1
    yield 2
x = p()
next(x)
try:
    x.throw(OSError, 'boom')
except OSError as e:
    print('propagated', repr(e))
print(next(x, 'closed'))
# unstarted
x = p()
try:
    x.throw(RuntimeError('early'))
except RuntimeError as e:
    print('unstarted', e)
print(next(x, 'closed2'))
# throw with type not exception
try:
    p().throw(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p().throw('str')
except TypeError as e:
    print(type(e).__name__, e)
try:
    p().throw()
except TypeError as e:
    print(type(e).__name__, e)
try:
    p().throw(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
# throw GeneratorExit into suspended generator
def ge():
    try:
        yield 1
    except GeneratorExit:
        print('saw GeneratorExit')
        raise
x = ge(); next(x)
try:
    x.throw(GeneratorExit)
except GeneratorExit as e:
    print('GeneratorExit propagated', repr(e))
# throw StopIteration in -> RuntimeError
x = ge(); next(x)
try:
    x.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
# throw that the generator catches and returns
def cr():
    try:
        yield 1
    except ValueError:
        return 'caught and returned'
x = cr(); next(x)
try:
    x.throw(ValueError)
except StopIteration as e:
    print('returned', e.value)
# traceback of thrown exception
import re, traceback
def tbg():
    yield 1
x = tbg(); next(x)
try:
    x.throw(ValueError('tbtest'))
except ValueError as e:
    for line in traceback.format_exception(e):
        print(re.sub(r'File ".*[/\\]', 'File "', line), end='')
x = tbg(); next(x)
x.throw(ZeroDivisionError, 'final uncaught')
