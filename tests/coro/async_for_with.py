# async for (__aiter__/__anext__, StopAsyncIteration, break/continue/else) and async with
# (__aenter__/__aexit__, suppression, two managers) and their TypeErrors, driven by send.
# Ends with async for over an int, uncaught.
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
class ARange:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def m1():
    out = []
    async for x in ARange(3):
        out.append(x)
    else:
        out.append('else')
    async for x in ARange(5):
        if x == 2: continue
        if x == 4: break
        out.append(x)
    else:
        out.append('no')
    return out
print(run(m1()))
class NoAiter: pass
class AiterNoAnext:
    def __aiter__(self): return 1
class AiterNonAwait:
    def __aiter__(self): return self
    def __anext__(self): return 5
class AiterAsync:
    async def __aiter__(self): return self
async def m2(obj):
    async for x in obj:
        pass
for obj in (1, NoAiter(), AiterNoAnext(), AiterNonAwait(), AiterAsync(), [1]):
    try:
        run(m2(obj))
    except TypeError as e:
        print(type(e).__name__, e)
class CM:
    def __init__(self, suppress): self.suppress = suppress
    async def __aenter__(self):
        print('enter'); return 'res'
    async def __aexit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, v)
        return self.suppress
async def m3():
    async with CM(False) as r:
        print('body', r)
    async with CM(True):
        raise ValueError('suppressed')
    print('after suppressed')
    try:
        async with CM(False):
            raise KeyError('propagates')
    except KeyError as e:
        print('caught', repr(e))
    async with CM(False) as a, CM(True) as b:
        print('two', a, b)
        raise IndexError
    return 'm3 done'
print(run(m3()))
class NoAenter:
    async def __aexit__(self, *a): pass
class NoAexit:
    async def __aenter__(self): pass
class SyncCM:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return 2
class SyncCM2:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 2
class Plain:
    def __enter__(self): pass
    def __exit__(self, *a): pass
async def m4(o):
    async with o:
        print('in body')
for obj in (NoAenter(), NoAexit(), SyncCM(), SyncCM2(), Plain(), 5):
    try:
        run(m4(obj))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
async def m5():
    with CM(False):
        pass
try:
    run(m5())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class AexitRaises:
    async def __aenter__(self): return self
    async def __aexit__(self, *a):
        raise RuntimeError('from aexit')
async def m6():
    async with AexitRaises():
        raise ValueError('body')
try:
    run(m6())
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
run(m2(5))
