# inspect helpers over generators and coroutines: getgeneratorlocals/getcoroutinelocals,
# the state functions on the wrong kind of object, the state constants.
import inspect
def g(a):
    b = a * 2
    yield b
x = g(3)
print(inspect.getgeneratorlocals(x))
next(x)
print(inspect.getgeneratorlocals(x))
x.close()
print(inspect.getgeneratorlocals(x))
async def c(a):
    return a
co = c(1)
print(inspect.getcoroutinelocals(co), inspect.getcoroutinestate(co))
co.close()
print(inspect.getcoroutinestate(co))
try:
    inspect.getgeneratorstate(co)
except Exception as e:
    print(type(e).__name__, e)
try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.isasyncgenfunction(g))
print(inspect.CORO_CREATED, inspect.GEN_CLOSED)
