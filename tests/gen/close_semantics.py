# close(): GeneratorExit at the suspension point, finally blocks run; close on an unstarted
# or finished generator does nothing; "generator ignored GeneratorExit"; another exception
# raised during close propagates; close() returns None even when the generator returns a
# value (3.11). Ends with an exception raised during close(), uncaught.
import inspect

def g():
    try:
        print('start')
        yield 1
        print('not reached')
    finally:
        print('finally runs')

x = g()
print(x.close())
print(next(x, 'unstarted then closed: exhausted'))
x = g()
next(x)
print('close ->', x.close())
print('again ->', x.close())
print(x.gi_frame, inspect.getgeneratorstate(x))

def ignore():
    for i in range(2):
        try:
            yield i
        except GeneratorExit:
            print('ignoring GeneratorExit')

x = ignore()
next(x)
try:
    x.close()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__context__))
print('still suspended:', inspect.getgeneratorstate(x), next(x, 'exhausted'))

def other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('during close')

x = other()
next(x)
try:
    x.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
print(inspect.getgeneratorstate(x))

def retval():
    try:
        yield 1
    except GeneratorExit:
        return 'value on close'

x = retval()
next(x)
print('close returns', x.close())

def swallow():
    try:
        yield 1
    except GeneratorExit:
        pass

x = swallow()
next(x)
print('close returns', x.close())

def stopiter():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration('x')

x = stopiter()
next(x)
try:
    print('close', x.close())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

def nested_finally():
    try:
        try:
            yield 1
        finally:
            print('inner finally')
    finally:
        print('outer finally')

x = nested_finally()
print(inspect.getgeneratorstate(x))
next(x)
print(inspect.getgeneratorstate(x))
x.close()
print(inspect.getgeneratorstate(x))

def yield_in_finally():
    try:
        yield 1
    finally:
        yield 2

x = yield_in_finally()
next(x)
try:
    x.close()
except RuntimeError as e:
    print(e)
try:
    next(x)
except GeneratorExit:
    print('the finally ends: GeneratorExit re-raised')

def finally_raises():
    try:
        yield 1
    finally:
        raise KeyError('from finally')

x = finally_raises()
next(x)
x.close()
