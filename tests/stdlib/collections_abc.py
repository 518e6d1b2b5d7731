import collections.abc
from collections.abc import *
import collections.abc as cabc
def g(): yield 1
print(isinstance(g(), Generator), isinstance(g(), Iterator), isinstance([], Iterable), isinstance([], Generator))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance((), Sequence), isinstance([], MutableSequence), isinstance('s', Sequence))
print(isinstance(set(), MutableSet), isinstance(frozenset(), Set), isinstance(3, Hashable), isinstance([], Hashable), isinstance(len, Callable))
print(issubclass(list, Sized), issubclass(dict, Container), issubclass(int, Iterable), issubclass(str, Collection))
async def c(): pass
x = c(); print(isinstance(x, Coroutine), isinstance(x, Awaitable)); x.close()
print(Iterable, Iterable[int], Callable[[int], str], Mapping[str, int])
class Seq(Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
s = Seq([1,2,3,2])
print(list(s), 2 in s, s.index(3), s.count(2), list(reversed(s)))
class MM(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MM(); m.update(a=1, b=2); m.setdefault('c', 3)
print(m.pop('a'), sorted(m.items()), list(m.keys()), m == {'b': 2, 'c': 3}, m.get('zz', 0))
try: Seq2 = type('S2', (Sequence,), {}); Seq2()
except TypeError as e: print(e)
class ItOnly:
    def __iter__(self): return iter([])
print(isinstance(ItOnly(), Iterable), isinstance(ItOnly(), Iterator))
import collections
print(collections.abc is cabc)
