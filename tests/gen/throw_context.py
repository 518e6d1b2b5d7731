# An exception thrown into a generator paused inside except/finally gets the exception
# being handled there as __context__; the thrower's own handled exception is not used.
import sys

def in_except():
    try:
        raise KeyError('original')
    except KeyError:
        yield 1

x = in_except()
next(x)
try:
    x.throw(ValueError('thrown'))
except ValueError as e:
    print('except:', repr(e.__context__))

def in_finally():
    try:
        raise KeyError('original')
    finally:
        print('in finally, exc_info:', repr(sys.exc_info()[1]))
        yield 1

x = in_finally()
next(x)
try:
    x.throw(ValueError('thrown'))
except ValueError as e:
    print('finally:', repr(e.__context__))

# an existing context is replaced, as CPython does
x = in_except()
next(x)
v = ValueError('v')
v.__context__ = TypeError('pre')
try:
    x.throw(v)
except ValueError as e:
    print('replaced:', repr(e.__context__), repr(e.__context__.__context__))

# paused outside any handler: the thrower's handled exception is not chained
def plain():
    yield 1

x = plain()
next(x)
try:
    raise KeyError('thrower')
except KeyError:
    try:
        x.throw(ValueError('t'))
    except ValueError as e:
        print('plain:', repr(e.__context__))
    try:
        plain().throw(ValueError('t'))
    except ValueError as e:
        print('unstarted:', repr(e.__context__))

# but an exception the generator raises itself sees the thrower's handled one
def raiser():
    yield 1
    raise IndexError('own')

x = raiser()
next(x)
try:
    raise KeyError('resumer')
except KeyError:
    try:
        next(x)
    except IndexError as e:
        print('raised inside:', repr(e.__context__))

# through yield from: the inner generator's handled exception, then the outer's
def inner():
    try:
        raise KeyError('inner')
    except KeyError:
        yield 1

def outer():
    try:
        raise OSError('outer')
    except OSError:
        yield from inner()

x = outer()
next(x)
try:
    x.throw(ValueError('deleg'))
except ValueError as e:
    print('delegated:', repr(e.__context__))

# close(): a finally raising during close chains to GeneratorExit
def closing():
    try:
        yield 1
    finally:
        raise RuntimeError('from finally')

x = closing()
next(x)
try:
    x.close()
except RuntimeError as e:
    print('close:', repr(e), type(e.__context__).__name__)
