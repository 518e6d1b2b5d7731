# PEP 479: a StopIteration leaving a generator frame becomes RuntimeError.
def bad():
    yield 1
    raise StopIteration("oops")

b = bad()
print(next(b))
try:
    next(b)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def leaky(it):
    while True:
        yield next(it)     # the exhausted iterator's StopIteration escapes

try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)

def careful(it):
    for x in it:
        yield x
    return "done"

c = careful(iter("ab"))
print(next(c), next(c))
try:
    next(c)
except StopIteration as e:
    print("StopIteration value:", e.value)
