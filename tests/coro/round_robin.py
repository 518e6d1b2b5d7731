# A hand-written round-robin scheduler over coroutines, driven by send(None): each task
# awaits a Yield awaitable (a types.coroutine generator or an __await__ class) to give the
# others a turn; results come back as StopIteration values; one task fails and the
# scheduler reports it; a task waits for another's result through a shared dict.
import types
from collections import deque

@types.coroutine
def switch():
    yield

class Yield:
    def __await__(self):
        yield

async def worker(name, steps):
    for i in range(steps):
        print(f'{name} step {i}')
        await switch()
    print(f'{name} done')
    return name.upper()

async def nested(name):
    total = 0
    for i in range(2):
        total += len(await worker(name + str(i), 2))
        await Yield()
    return total

async def failing():
    await switch()
    raise ValueError('task failed')

results = {}

async def waiter():
    while 'A' not in results:
        print('waiter: A not ready')
        await Yield()
    return 'waited for ' + results['A']

def run(tasks):
    queue = deque(tasks)
    while queue:
        name, coro = queue.popleft()
        try:
            coro.send(None)
        except StopIteration as e:
            results[name] = e.value
            print(f'-> {name} returned {e.value!r}')
            continue
        except Exception as e:
            print(f'-> {name} raised {type(e).__name__}: {e}')
            continue
        queue.append((name, coro))

run([('A', worker('A', 3)), ('B', worker('B', 1)), ('N', nested('n')),
     ('F', failing()), ('W', waiter())])
print(results)
