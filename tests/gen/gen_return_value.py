# return in a generator ends it; the value goes into StopIteration
def gen():
    yield 1
    yield 2
    return "done"
    yield 3
print(list(gen()))
g = gen()
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
def delegator():
    result = yield from gen()
    print("  delegate got", result)
    yield "after"
print(list(delegator()))
def early(n):
    for i in range(10):
        if i == n:
            return
        yield i
print(list(early(3)), list(early(0)))
