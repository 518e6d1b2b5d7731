from typing import *
import types, inspect
from collections.abc import Generator as GenABC, Coroutine as CoroABC, Awaitable as AwABC
from dataclasses import dataclass, field
from enum import Enum, auto

T = TypeVar('T')

def averager() -> Generator[float, float, None]:
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

g = averager()
print(inspect.getgeneratorstate(g), isinstance(g, GenABC), isinstance(g, Iterator))
next(g)
print(g.send(10), g.send(20), inspect.getgeneratorstate(g))

class State(Enum):
    READY = auto()
    DONE = auto()

@dataclass
class Task:
    name: str
    coro: Any = None
    state: State = State.READY
    log: List[str] = field(default_factory=list)

@types.coroutine
def sleep0():
    yield

async def worker(name: str, n: int) -> int:
    for i in range(n):
        await sleep0()
    return n

def run(tasks: List[Task]) -> Dict[str, int]:
    results: Dict[str, int] = {}
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            t.coro.send(None)
            t.log.append('step')
            queue.append(t)
        except StopIteration as stop:
            t.state = State.DONE
            results[t.name] = stop.value
    return results

tasks = [Task('a', worker('a', 2)), Task('b', worker('b', 1))]
print(isinstance(tasks[0].coro, CoroABC), isinstance(tasks[0].coro, AwABC), inspect.iscoroutine(tasks[0].coro))
print(run(tasks))
print(tasks[0].state, tasks[0].log, inspect.getcoroutinestate(tasks[0].coro))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None

s: Stack[int] = Stack()
s.push(1)
print(s.pop(), s.pop(), Stack[int], get_type_hints(Stack.push))
print(Callable[[int], Awaitable[str]], Union[int, str, None], AsyncIterator[bytes])
