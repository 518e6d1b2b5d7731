# StopIteration behaviour
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
print(next(it, "default"))
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, e.args)
def leaky():
    yield 1
    raise StopIteration("inside generator")
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(It()))
