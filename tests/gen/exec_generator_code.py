# exec() or eval() of a generator function's code object makes the generator (unstarted)
# instead of running the body: exec returns None, eval returns the generator.
def g():
    print("body ran")
    yield x


print(exec(g.__code__))
gen = eval(g.__code__, {"x": 42})
print(type(gen).__name__, gen.__name__)
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("done")


async def agen():
    yield 1


a = eval(agen.__code__)
print(type(a).__name__)


def outer():
    y = 5
    def inner():
        yield y
    return inner


try:
    exec(outer().__code__)
except TypeError as e:
    print("TypeError:", e)
# Code with free variables cannot run bare (this crashed minipy).
def outer():
    y = 5
    z = 6
    def inner():
        return y + z
    return inner
try:
    exec(outer().__code__)
except TypeError as e:
    print("TypeError:", e)
try:
    eval(outer().__code__, {})
except TypeError as e:
    print("TypeError:", e)
