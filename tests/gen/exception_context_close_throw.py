# __context__ of exceptions from throw() and close() while the caller handles another: a
# throw into a finished generator re-raises as given (no context); close()'s GeneratorExit
# and 'generator ignored GeneratorExit' are chained to the closer's handled exception, also
# when thrown into a delegating generator.
def leaf():
    yield 1
for case in ('unstarted', 'suspended', 'finished'):
    g = leaf()
    if case != 'unstarted': next(g)
    if case == 'finished': list(g)
    for exc in (GeneratorExit, ValueError, KeyError('k')):
        try:
            raise OSError('outer')
        except OSError:
            try:
                g.throw(exc)
            except BaseException as e:
                print(case, type(e).__name__, repr(e.__context__))
        g = leaf()
        if case != 'unstarted': next(g)
        if case == 'finished': list(g)
it = iter([1, 2])
def deleg():
    yield from it
g = deleg(); next(g)
try:
    raise OSError('outer')
except OSError:
    try:
        g.throw(ValueError)
    except ValueError as e:
        print('delegating to list iterator', repr(e.__context__))
def stubborn():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print('ignoring')
def mid():
    yield from stubborn()
for make in (stubborn, mid):
    g = make(); next(g)
    try:
        raise OSError('outer')
    except OSError:
        try:
            g.close()
        except RuntimeError as e:
            print(make.__name__, 'close', repr(e.__context__))
    g = make(); next(g)
    try:
        raise OSError('outer')
    except OSError:
        try:
            g.throw(GeneratorExit)
        except BaseException as e:
            print(make.__name__, 'throw', type(e).__name__, repr(e.__context__))
    try:
        raise OSError('outer')
    except OSError:
        try:
            print(next(g))
        except BaseException as e:
            print(make.__name__, 'next', type(e).__name__, repr(e.__context__))
def reraiser():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignoring once'
        raise
g = reraiser(); next(g)
try:
    raise OSError('while closing')
except OSError:
    try:
        g.close()
    except RuntimeError as e:
        print('close:', e, repr(e.__context__))
try:
    raise OSError('while resuming')
except OSError:
    try:
        next(g)
    except GeneratorExit as e:
        print('re-raised GeneratorExit keeps its context:', repr(e.__context__))
