# __name__/__qualname__ of generators follow a renamed function and can be set (minipy keeps
# such names off the generator object, in a side table; this pins that they still work).
def g(): yield 1
x = g(); print(x.__name__, x.__qualname__)
g.__name__ = "renamed"; g.__qualname__ = "Q.renamed"
y = g(); print(y.__name__, y.__qualname__, repr(y)[:30])
y.__name__ = "n2"; print(y.__name__, y.__qualname__)
try: y.__qualname__ = 3
except TypeError as e: print(e)
class C:
    def m(self): yield 2
    async def c(self): pass
z = C().m(); print(z.__qualname__); co = C().c(); print(co.__qualname__); co.close()
del y
import gc; gc.collect(); print("ok")
