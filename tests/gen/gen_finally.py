# yield inside loops and try/finally: finally runs on exhaustion
def guarded():
    try:
        for i in range(2):
            print("  yield", i)
            yield i
    finally:
        print("  finally in generator")
for v in guarded():
    print("got", v)
print("loop done")
print(list(guarded()))
def with_except():
    try:
        yield 1
        raise ValueError("inside gen")
    except ValueError as e:
        print("  caught in generator:", e)
        yield 2
    yield 3
print(list(with_except()))
def raising():
    yield 1
    raise KeyError("escapes")
g = raising()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("propagated", e)
print(next(g, "exhausted after error"))
