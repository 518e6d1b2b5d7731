# A generator held by a local of a function that an exception left stays alive while the
# exception (its traceback holds the frame) lives, as CPython: it is closed when the
# handler ends, or when the saved exception is dropped.
import sys

def producer(name):
    try:
        yield 1
        yield 2
    finally:
        print(f'  {name}: producer finally')

def consumer(name):
    g = producer(name)
    next(g)
    raise ValueError('oops')

try:
    consumer('a')
except ValueError:
    print('handler a')
print('after a')

try:
    consumer('b')
except ValueError as e:
    saved = e
    print('handler b')
print('after b, exception saved')
del saved
print('saved dropped')

def loop_consumer():
    for x in producer('c'):
        raise KeyError(x)

try:
    loop_consumer()
except KeyError:
    print('handler c: the for iterator went with the frame')

def returns_frame_info():
    g = producer('d')
    next(g)
    return sys._getframe()

fr = returns_frame_info()
print('frame kept: locals', sorted(fr.f_locals))
del fr
print('frame dropped')

def nested():
    try:
        consumer('e')
    except ValueError:
        print('handler e inside nested')
        raise RuntimeError('wrapped')

try:
    nested()
except RuntimeError as e:
    print('outer handler', repr(e), repr(e.__context__))
print('end')
