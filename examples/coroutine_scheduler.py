# The same round-robin idea as round_robin.py, but with `async def` coroutines and no
# library at all: this is what an event loop does underneath.
#
# A coroutine cannot `yield` to its caller directly; it `await`s an awaitable, and whatever
# that awaitable's __await__ generator yields travels up through every `await` to whoever
# called send(). So one tiny awaitable, `Pause`, is all a coroutine needs to hand control
# back to the scheduler, and `Sleep` shows how a value can travel out with it.

class Pause:
    """Awaiting this suspends the whole coroutine chain for one turn."""
    def __await__(self):
        yield "pause"              # goes up to scheduler's send(None)


class Sleep:
    """Suspends for a number of turns; the scheduler sees the number."""
    def __init__(self, turns):
        self.turns = turns

    def __await__(self):
        yield self.turns           # the scheduler reads this value


async def fetch(name, parts):
    # An ordinary async helper: awaiting it runs it inline, in the same task,
    # and its Pause suspends the caller too (await is delegation, like yield from).
    for part in range(parts):
        print(f"  {name}: part {part}")
        await Pause()
    return f"{name}:{parts} parts"


async def worker(name, jobs):
    results = []
    for job in jobs:
        results.append(await fetch(f"{name}/{job}", 2))
    await Sleep(2)
    print(f"{name} finished with {results}")
    return len(results)


def run(coroutines):
    """Round-robin over coroutines with send(None); a task that asks to sleep
    is skipped for that many turns."""
    ready = [[coro, 0] for coro in coroutines]     # [coroutine, turns to wait]
    turn = 0
    while ready:
        turn += 1
        task = ready.pop(0)
        if task[1] > 0:                              # still sleeping: skip a turn
            task[1] -= 1
            ready.append(task)
            continue
        coro = task[0]
        try:
            signal = coro.send(None)                 # resume where it awaited
        except StopIteration as stop:                # the coroutine returned
            print(f"turn {turn}: {coro.__qualname__} returned {stop.value}")
            continue
        if isinstance(signal, int):
            task[1] = signal
        ready.append(task)


run([worker("A", ["x", "y"]), worker("B", ["z"])])

# A coroutine object is not a generator: it cannot be iterated, only sent into.
c = worker("C", [])
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
c.close()                                            # never started: nothing to clean up
