# yield from, two levels deep: send() and throw() reach the innermost frame, a value it
# returns comes back as the value of `yield from`; close() closes the whole chain.
def inner():
    x = yield 1
    print("inner got", x)
    try:
        yield 2
    except ValueError as e:
        print("inner caught", repr(e))
        return "handled"

def middle():
    r = yield from inner()
    print("middle got", r)
    y = yield r
    print("middle got", y)
    return "middle done"

def outer():
    r = yield from middle()
    print("outer got", r)
    yield "outer's own"

g = outer()
print(next(g))
print(g.send(5))
print(g.throw(ValueError("x")))
print(g.send(7))
try:
    next(g)
except StopIteration:
    print("outer finished")

def leaf():
    try:
        yield "leaf 1"
        yield "leaf 2"
    finally:
        print("leaf finally")

def branch():
    try:
        yield from leaf()
    finally:
        print("branch finally")

h = branch()
print(next(h))
h.close()

h = branch()
print(next(h))
try:
    h.throw(KeyError("k"))
except KeyError as e:
    print("KeyError passed through:", e)

def numbers():
    yield from range(2)
    yield from [10, 11]

print(list(numbers()))
