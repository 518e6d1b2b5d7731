import types

@types.coroutine
def pause(value):
    got = yield value
    return got

async def worker():
    a = await pause('first')
    b = await pause('second')
    return a + b

c = worker()
print(c.send(None))
print(c.send(10))
try:
    c.send(5)
except StopIteration as e:
    print('result', e.value)

def run(coro):
    sent = None
    while True:
        try:
            print('yielded', coro.send(sent))
        except StopIteration as stop:
            return stop.value
        sent = 1

print(run(worker()))

@types.coroutine
def old_style():
    x = yield from pause('inner')
    return x

async def user():
    return await old_style()
print(run(user()))

async def native():
    return 3
print(types.coroutine(native) is native)
print(pause.__name__)
