# Each generator keeps its own exception being handled across suspensions: sys.exc_info()
# and bare raise inside a resumed except block; the caller's exc_info is not disturbed.
# Ends with a bare raise re-raising the generator's own exception, uncaught.
import sys
def g():
    try:
        raise ValueError('inside gen')
    except ValueError:
        print('1 gen sees', repr(sys.exc_info()[1]))
        yield 1
        print('2 gen sees', repr(sys.exc_info()[1]))
        yield 2
        raise
def show(tag):
    print(tag, repr(sys.exc_info()[1]))
x = g()
next(x)
show('caller after first next:')
try:
    raise KeyError('caller')
except KeyError:
    next(x)
    show('caller still:')
try:
    next(x)
except ValueError as e:
    print('bare raise re-raised', repr(e))
show('caller end:')
def h():
    yield repr(sys.exc_info()[1])
    try:
        raise IndexError('h')
    except IndexError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])
y = h()
try:
    raise OSError('outer')
except OSError:
    print(next(y))
    print(next(y))
print(next(y))
try:
    raise OSError('outer2')
except OSError:
    print(next(y, 'done'))
def nested():
    try:
        raise TypeError('nested')
    except TypeError:
        yield from h()
        print('after delegation', repr(sys.exc_info()[1]))
        yield 'x'
z = nested()
for v in z:
    print('nested', v)
def gen_exc_context():
    try:
        yield
    except Exception as e:
        print('ctx', repr(e.__context__))
        yield
w = gen_exc_context(); next(w)
try:
    raise ZeroDivisionError('zd')
except ZeroDivisionError:
    w.throw(ValueError('thrown'))
def reraiser():
    try:
        raise KeyError('saved')
    except KeyError:
        yield
        raise
r = reraiser(); next(r)
try:
    raise ValueError('other')
except ValueError:
    try:
        next(r)
    except KeyError as e:
        print('reraised', repr(e), repr(e.__context__))
def exc_in_finally():
    try:
        yield 1
    finally:
        print('finally exc_info', repr(sys.exc_info()[1]))
q = exc_in_finally(); next(q)
try:
    raise RuntimeError('ambient')
except RuntimeError:
    q.close()
q = exc_in_finally(); next(q)
try:
    raise RuntimeError('ambient2')
except RuntimeError:
    del q
r = reraiser(); next(r)
next(r)
