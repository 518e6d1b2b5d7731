# yield from over iterators that are not generators: send-only, throw/close methods (their
# errors propagate), __getitem__ sequences, and the TypeErrors of non-iterables. Ends with
# iter() returning a non-iterator, uncaught.
class SendOnly:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self): return self.send(None)
    def send(self, v):
        self.n += 1
        if self.n > 3: raise StopIteration(('done', v))
        return ('sent', v)
def outer(it):
    r = yield from it
    print('outer result', r)
    return r
g = outer(SendOnly())
print(next(g), g.send('a'), g.send('b'))
try:
    g.send('c')
except StopIteration as e:
    print('stop', e.value)
g = outer(SendOnly()); next(g)
print(type(g.gi_yieldfrom).__name__)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('throw raised at outer (no throw method)', repr(e))
g = outer(SendOnly()); next(g); g.close(); print('closed without close method')
class WithClose(SendOnly):
    def close(self):
        print('WithClose.close')
        raise OSError('close failed')
g = outer(WithClose()); next(g)
try:
    g.close()
except OSError as e:
    print('close error propagates', repr(e))
g = outer(WithClose()); next(g)
try:
    g.throw(GeneratorExit)
except OSError as e:
    print('GeneratorExit throw: close error', repr(e), repr(e.__context__))
class ThrowReturns(SendOnly):
    def throw(self, *a):
        print('ThrowReturns.throw', a)
        return 'thrown-value'
g = outer(ThrowReturns()); next(g)
print(g.throw(ValueError('x')))
class NextRaises:
    def __iter__(self): return self
    def __next__(self): raise IndexError('from next')
g = outer(NextRaises())
try:
    next(g)
except IndexError as e:
    print(repr(e))
class NotIter: pass
def o2():
    yield from NotIter()
try:
    next(o2())
except TypeError as e:
    print(type(e).__name__, e)
def o3():
    yield from 5
try:
    next(o3())
except TypeError as e:
    print(type(e).__name__, e)
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(list(outer(GetItemOnly())))
g = outer(iter([1,2]))
next(g)
print(type(g.gi_yieldfrom).__name__)
class IterReturnsNonIter:
    def __iter__(self): return 5
def o4():
    yield from IterReturnsNonIter()
next(o4())
