def inner():
    received = yield 1
    yield received
    return "inner done"

def outer():
    result = yield from inner()
    yield result
    yield from (x * 2 for x in range(3))
