import typing as t
print(repr(t.List[int]), t.List[int].__origin__, t.List[int].__args__, t.List.__origin__)
print(t.Optional[int].__origin__, t.Optional[int].__args__)
print(t.Callable[[int],str].__args__)
print(t.Dict, t.Callable, t.Generator, t.Union, t.Optional, t.Protocol, t.Generic)
T=t.TypeVar('T', bound=int); print(T, t.TypeVar('U', covariant=True), t.TypeVar('V', contravariant=True))
print(t.List['Foo'], t.Optional['Foo'])
class P(t.NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
print(P(1), P._fields, P.__annotations__, P._field_defaults, P.__mro__, P(2, 3).norm())
class M(t.TypedDict):
    name: str
    year: int
print(M(name='a', year=1), type(M(name='a',year=1)), M.__annotations__, M.__total__)
print(t.get_type_hints(P))
print(t.cast(int, 'x'))
print(t.Union[int, str] == t.Union[str, int], t.Optional[int] == t.Union[int, None])
print(t.Awaitable[int], t.Coroutine[t.Any, t.Any, int], t.AsyncIterator[int], t.Type['X'])
print(t.Tuple, t.Tuple[int, str], t.FrozenSet[int], t.Set[int], t.Sequence[int], t.Mapping[str,int], t.MutableMapping[str,int])
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str,int]), t.get_origin(t.Generator[int,None,None]))
print(t.Literal['a'], t.Final, t.ClassVar, t.Annotated[int, 'x'])
try: isinstance([], t.List[int])
except TypeError as e: print(e)
print(isinstance([], t.List), isinstance(3, t.Iterable))
print(t.TYPE_CHECKING)
from typing import Generator, AsyncGenerator, Iterator, Optional, List, Dict, Any

def count_up(n: int) -> Generator[int, None, None]:
    yield from range(n)

async def ticks(n: int) -> AsyncGenerator[int, None]:
    for i in range(n):
        yield i

def first(items: List[int]) -> Optional[int]:
    return items[0] if items else None

def table(d: Dict[str, Any]) -> Iterator[str]:
    for k in d:
        yield k

print(list(count_up(3)), first([]), first([7]), list(table({'a': 1})))
print(Generator[int, None, None], Optional[List[int]], AsyncGenerator[int, None])
print(t.get_type_hints(first))
