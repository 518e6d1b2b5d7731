# PEP 479: StopIteration leaving a generator becomes RuntimeError('generator raised
# StopIteration') with __cause__ set; ends uncaught, pinning the 'direct cause' traceback.
def g():
    yield 1
    raise StopIteration('inner')
x = g()
print(next(x))
try:
    next(x)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    print(e.__cause__ is e.__context__)
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print(e, repr(e.__cause__))
try:
    for v in uses_next():
        pass
except RuntimeError as e:
    print('for:', e)
def subclass():
    class MyStop(StopIteration): pass
    yield 1
    raise MyStop('sub')
try:
    list(subclass())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def ok_return():
    yield 1
    return 'fine'
print(list(ok_return()))
def catches():
    try:
        next(iter([]))
    except StopIteration:
        yield 'caught inside ok'
print(list(catches()))
def outer():
    yield from uses_next()
try:
    next(outer())
except RuntimeError as e:
    print('through yield from:', e, repr(e.__cause__))
gen = (next(iter([])) for _ in range(1))
try:
    list(gen)
except RuntimeError as e:
    print('genexpr:', e)
x = g()
next(x)
next(x)
