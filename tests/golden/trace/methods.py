# next(), send(), throw() and close() on one generator; close() and throw() before it ran.
def counter(n):
    total = 0
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                total += got
                print("counter got", got)
    except ValueError as e:
        print("counter caught", repr(e))
        yield "recovered"
    finally:
        print("counter cleanup, total", total)

c = counter(5)
print(next(c))
print(c.send(10))
print(c.__next__())
print(c.throw(ValueError("bad")))
c.close()
print(next(c, "exhausted"))

fresh = counter(3)
fresh.close()          # never started: nothing runs

fresh = counter(3)
try:
    fresh.throw(KeyError("early"))
except KeyError as e:
    print("thrown before start:", e)

g = counter(2)
next(g)
try:
    g.send(1)
    g.send(2)
except StopIteration as e:
    print("stopped with", e.value)
