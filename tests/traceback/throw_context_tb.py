# An exception thrown into a generator paused in an except block, uncaught: its
# traceback starts with the exception being handled there.
def g():
    try:
        raise KeyError('original')
    except KeyError:
        yield 1

x = g()
next(x)
x.throw(ValueError('thrown'))
