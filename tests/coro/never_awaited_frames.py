# The never-awaited warning's location follows CPython's frame lifetimes: a coroutine held
# by a local of a function an exception left dies when the handler ends; one in a closed
# generator or a finished coroutine dies there. Exits 1 so that stderr is compared.
async def f():
    pass
def raiser():
    c = f()
    raise ValueError
try:
    raiser()
except ValueError:
    print('handled')
    print('second line of handler')
print('after')
def gen():
    c = f()
    yield 1
g = gen()
next(g)
g.close()
print('closed gen')
async def outer():
    c = f()
    await inner()
async def inner():
    pass
o = outer()
try:
    o.send(None)
except StopIteration:
    pass
print('end')
raise SystemExit('exit 1 so that the stderr above is compared')
