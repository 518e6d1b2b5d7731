# A running generator cannot be resumed: "ValueError: generator already executing", from
# next, send, throw, close and yield from; gi_running is True only while it runs.
import inspect

def selfnext():
    print('running:', me.gi_running, inspect.getgeneratorstate(me))
    try:
        next(me)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        me.send(1)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        me.close()
    except ValueError as e:
        print(type(e).__name__, e)
    yield 'after'

me = selfnext()
print(next(me), me.gi_running)

def selfdelegate():
    yield from it2

it2 = selfdelegate()
try:
    next(it2)
except ValueError as e:
    print('yield from itself:', type(e).__name__, e)
print(inspect.getgeneratorstate(it2))

def via_list():
    yield list(it3)

it3 = via_list()
try:
    next(it3)
except ValueError as e:
    print('list() of itself:', e)

def inner():
    yield outer_gen.send(None)

def outer():
    yield from inner()

outer_gen = outer()
try:
    next(outer_gen)
except ValueError as e:
    print('from the delegate:', e)

def last():
    yield next(g)

g = last()
next(g)
