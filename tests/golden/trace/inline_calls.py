# next() and send() called inside a generator body (run inline by the loop), an alias of
# next, __next__, coro.__await__(); generators of library modules (itertools) are not shown.
import itertools

def echo():
    while True:
        x = yield
        print("echo got", x)

def driver():
    it = echo()
    next(it)
    it.send(None)
    it.send(3)
    step = next
    step(it)
    it.__next__()
    yield "driver done"

d = driver()
print(next(d))

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(itertools.islice(naturals(), 2)))

async def answer():
    return 42

w = answer().__await__()
try:
    next(w)
except StopIteration as e:
    print("awaited", e.value)
