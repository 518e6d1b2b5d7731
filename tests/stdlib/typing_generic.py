import typing as t
print(t.Optional[int], t.Union[int,str,None], t.Generator[int,None,None], t.Callable[[int],str], t.Callable[..., int], t.Dict[str, t.List[int]], t.Tuple[int, ...], t.Tuple[()], t.Any, t.List, t.Optional[t.List[int]], t.Union[int], t.Type[int], t.Iterable[t.Any], t.Literal[1,'a'], t.ClassVar[int], t.Final[int])
T=t.TypeVar('T'); print(T, t.List[T], t.Generic[T])
class Box(t.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box.__mro__, Box.__parameters__, Box[int](3).v, Box(4).v)
K = t.TypeVar('K'); V = t.TypeVar('V')
class Pair(t.Generic[K, V]): pass
print(Pair[str, int], Pair.__parameters__)
class IntBox(Box[int]): pass
print(IntBox.__mro__, IntBox.__parameters__)
print(t.Dict[K, V][str, int], t.List[T][int])
@t.runtime_checkable
class Closer(t.Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer))
class Q(t.Protocol):
    def q(self): ...
try: isinstance(3, Q)
except TypeError as e: print(e)
try: Q()
except TypeError as e: print(e)
class Impl(Q):
    def q(self): return 'impl'
print(Impl().q())
@t.overload
def f(x: int) -> int: ...
@t.overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
UserId = t.NewType('UserId', int)
print(UserId(5), UserId)
def g(a: 'int', b: t.Optional[str] = None) -> t.List[int]: return []
print(t.get_type_hints(g))
class Node:
    val: int
    next: 'Node'
print(t.get_type_hints(Node))
P2 = t.NamedTuple('P2', [('a', int), ('b', str)])
print(P2(1, 'x'), P2.__annotations__)
class Movie(t.TypedDict, total=False):
    title: str
print(Movie.__total__, Movie.__optional_keys__, Movie(title='x'))
class MyIter(t.Iterator[int]):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(MyIter()), MyIter.__mro__)
print(t.Union[int, t.Union[str, float]], t.Optional[t.Union[int, str]])
class L2(t.List[int]): pass
print(L2.__mro__)
class L3(t.List): pass
print(L3.__mro__)
class D2(t.Dict[str, int], t.Generic[T]): pass
print(D2.__mro__, D2.__parameters__)
