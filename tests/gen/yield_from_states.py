# States through a chain of yield from: outer and middle generators are running while the
# innermost runs (gi_running, getgeneratorstate, f_back), suspended together, gi_yieldfrom
# links; a middle generator can be resumed directly while its outer is suspended.
import inspect, sys
def inner():
    print('inner: outer state', inspect.getgeneratorstate(o), o.gi_running, 'mid', inspect.getgeneratorstate(m), m.gi_running)
    print('inner frames:', sys._getframe().f_back.f_code.co_name, sys._getframe().f_back.f_back.f_code.co_name)
    x = yield 'i'
    print('inner: resumed with', x, inspect.getgeneratorstate(o), inspect.getgeneratorstate(m), inspect.getgeneratorstate(i))
    print('inner frames:', sys._getframe().f_back.f_code.co_name, sys._getframe().f_back.f_back.f_code.co_name)
    yield 'i2'
def mid():
    yield from i
def outer():
    yield from m
i = inner(); m = mid(); o = outer()
print(next(o))
print('suspended:', inspect.getgeneratorstate(o), inspect.getgeneratorstate(m), inspect.getgeneratorstate(i))
print(o.gi_yieldfrom is m, m.gi_yieldfrom is i, i.gi_yieldfrom)
print(o.send('X'))
print(m.gi_frame.f_lineno, o.gi_frame.f_lineno, i.gi_frame.f_lineno)
try:
    next(m)
except StopIteration as e:
    print('mid resumed directly: inner and mid finish', repr(e))
print(next(i, 'inner exhausted'))
print(next(o, 'outer done: its delegate had finished'))
