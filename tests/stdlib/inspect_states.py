import inspect

def gen():
    print(inspect.getgeneratorstate(g))
    x = 1
    yield x
    y = 2
    yield y

g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
print(inspect.getgeneratorlocals(g))
next(g)
print(sorted(inspect.getgeneratorlocals(g).items()))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.getgeneratorlocals(g))

async def coro():
    return 5

c = coro()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print('done', e.value)
print(inspect.getcoroutinestate(c))

class Waiter:
    def __await__(self):
        yield 'w'

async def uses():
    await Waiter()

c = uses()
print(c.send(None))
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))

async def agen():
    yield 1

def plain():
    pass

for f in (gen, coro, agen, plain, len):
    print(inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f),
          inspect.isasyncgenfunction(f), inspect.isfunction(f), inspect.isbuiltin(f),
          inspect.isroutine(f))
c2 = coro()
a = agen()
for o in (gen(), c2, a, Waiter(), 3):
    print(inspect.isgenerator(o), inspect.iscoroutine(o), inspect.isasyncgen(o),
          inspect.isawaitable(o))
c2.close()

class K:
    def m(self):
        pass
print(inspect.ismethod(K().m), inspect.ismethod(K.m), inspect.isfunction(K.m))
print(inspect.isclass(K), inspect.isclass(K()), inspect.ismodule(inspect))
print(inspect.isgeneratorfunction(K().m))
f = inspect.currentframe()
print(f.f_code.co_name)
def who():
    return inspect.currentframe().f_code.co_name
print(who())
