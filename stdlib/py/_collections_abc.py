"""The container ABCs published as collections.abc (minipy: written in Python
from the documented behaviour; `import collections.abc` is wired up by collections)."""

import abc as _abc
_Meta = ABCMeta = _abc.ABCMeta
abstractmethod = _abc.abstractmethod
import sys

__name__ = 'collections.abc'

__all__ = [
    'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
    'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible',
    'Sized', 'Container', 'Callable', 'Collection',
    'Set', 'MutableSet', 'Mapping', 'MutableMapping',
    'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
    'Sequence', 'MutableSequence', 'ByteString',
]


def _defines(klass, *wanted):
    """True when every name in wanted is defined (not as None) somewhere on klass's
    MRO; NotImplemented otherwise, so the ordinary checks still run."""
    mro = klass.__mro__
    for attr in wanted:
        for owner in mro:
            if attr in owner.__dict__:
                if owner.__dict__[attr] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class _Subscripted:
    """What ABC[args] returns: remembers origin and arguments, prints like CPython."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def show(arg):
            if arg is Ellipsis:
                return '...'
            if isinstance(arg, list):
                return '[' + ', '.join(show(a) for a in arg) + ']'
            if isinstance(arg, type):
                if arg.__module__ == 'builtins':
                    return arg.__qualname__
                return arg.__module__ + '.' + arg.__qualname__
            return repr(arg)
        head = show(self.__origin__)
        return '{}[{}]'.format(head, ', '.join(show(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _Subscripted):
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):  # mro_entries
        return (self.__origin__,)

    def __call__(self, *a, **kw):  # call
        return self.__origin__(*a, **kw)


def _probe_hook(cls, candidate):
    # Only the ABC that declares _probe itself answers structurally; its
    # subclasses fall back to ordinary/registered subclassing.
    wanted = cls.__dict__.get('_probe')
    if not wanted:
        return NotImplemented
    return _defines(candidate, *wanted)

_probe_hook = classmethod(_probe_hook)


def _subscript(cls, params):
    return _Subscripted(cls, params)


def _raise_thrown(typ, val, tb):
    # What throw()/athrow() do by default: raise the given exception (or make one
    # from the class), with tb attached when there is one.
    exc = typ if val is None else val
    raise exc if tb is None else exc.with_traceback(tb)


def _close_by_throw(gen, what):
    try:
        gen.throw(GeneratorExit)
    except (StopIteration, GeneratorExit):
        return
    raise RuntimeError(what + ' ignored GeneratorExit')


def _drain(pop, empty):
    # clear() of the mutable ABCs: pop until the container says it is empty.
    try:
        while True:
            pop()
    except empty:
        pass


# -- one-method protocols ---------------------------------------------------------

class Hashable(metaclass=_Meta):
    __slots__ = ()
    _probe = ('__hash__',)
    __subclasshook__ = _probe_hook

    @abstractmethod
    def __hash__(self):
        return 0



class Awaitable(metaclass=_Meta):
    __slots__ = ()
    _probe = ('__await__',)
    __subclasshook__ = _probe_hook

    @abstractmethod
    def __await__(self):
        yield


    __class_getitem__ = classmethod(_subscript)


class Coroutine(Awaitable):  # send/throw/close + await
    __slots__ = ()
    _probe = ('__await__', 'send', 'throw', 'close')
    __subclasshook__ = _probe_hook

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):  # raise inside
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throw(self, 'coroutine')



class AsyncIterable(metaclass=_Meta):
    __slots__ = ()
    _probe = ('__aiter__',)
    __subclasshook__ = _probe_hook

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


    __class_getitem__ = classmethod(_subscript)


class AsyncIterator(AsyncIterable):  # __anext__
    __slots__ = ()
    _probe = ('__anext__', '__aiter__')
    __subclasshook__ = _probe_hook

    @abstractmethod
    async def __anext__(self):  # next item, awaited
        raise StopAsyncIteration

    def __aiter__(self):
        return self



class AsyncGenerator(AsyncIterator):  # asend/athrow/aclose
    __slots__ = ()
    _probe = ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
    __subclasshook__ = _probe_hook

    async def __anext__(self):  # next item, awaited
        value = await self.asend(None)
        return value

    @abstractmethod
    async def asend(self, value):  # abstract
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):  # abstract
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)  # ask it to finish
        except (StopAsyncIteration, GeneratorExit):
            return
        raise RuntimeError('asynchronous generator ignored GeneratorExit')



class Iterable(metaclass=_Meta):
    __slots__ = ()
    _probe = ('__iter__',)
    __subclasshook__ = _probe_hook

    @abstractmethod
    def __iter__(self):
        while False:
            yield None


    __class_getitem__ = classmethod(_subscript)


class Iterator(Iterable):
    __slots__ = ()
    _probe = ('__iter__', '__next__')
    __subclasshook__ = _probe_hook

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self



class Reversible(Iterable):  # __reversed__
    __slots__ = ()
    _probe = ('__reversed__', '__iter__')
    __subclasshook__ = _probe_hook

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None



class Generator(Iterator):  # send/throw/close
    __slots__ = ()
    _probe = ('__iter__', '__next__', 'send', 'throw', 'close')
    __subclasshook__ = _probe_hook

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):  # raise inside
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throw(self, 'generator')



class Sized(metaclass=_Meta):
    __slots__ = ()
    _probe = ('__len__',)
    __subclasshook__ = _probe_hook

    @abstractmethod
    def __len__(self):
        return 0



class Container(metaclass=_Meta):
    __slots__ = ()
    _probe = ('__contains__',)
    __subclasshook__ = _probe_hook

    @abstractmethod
    def __contains__(self, x):  # abstract
        return False


    __class_getitem__ = classmethod(_subscript)


class Collection(Sized, Iterable, Container):  # sized iterable container
    __slots__ = ()
    _probe = ('__len__', '__iter__', '__contains__')
    __subclasshook__ = _probe_hook



class Callable(metaclass=_Meta):
    __slots__ = ()
    _probe = ('__call__',)
    __subclasshook__ = _probe_hook

    @abstractmethod
    def __call__(self, *args, **kwds):  # call
        return False


    __class_getitem__ = classmethod(_subscript)


# -- sets -------------------------------------------------------------------------

def _not_set(obj):
    return not isinstance(obj, Set)

def _not_iterable(obj):
    return not isinstance(obj, Iterable)

def _as_set(template, obj):
    if isinstance(obj, Set):
        return obj
    if isinstance(obj, Iterable):
        return template._from_iterable(obj)
    return NotImplemented


class Set(Collection):
    """A read-only set; comparisons and operators come from __contains__/__iter__/__len__."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, items):  # build a result set
        return cls(items)

    def __le__(self, other):
        if _not_set(other):
            return NotImplemented
        if len(other) < len(self):
            return False
        return all(item in other for item in self)

    def __lt__(self, other):
        if _not_set(other):
            return NotImplemented
        return self.__le__(other) and len(other) > len(self)

    def __ge__(self, other):
        if _not_set(other):
            return NotImplemented
        if len(other) > len(self):
            return False
        return all(item in self for item in other)

    def __gt__(self, other):
        if _not_set(other):
            return NotImplemented
        return self.__ge__(other) and len(other) < len(self)

    def __eq__(self, other):
        if _not_set(other):
            return NotImplemented
        return self.__le__(other) and len(other) == len(self)

    def __and__(self, other):
        if _not_iterable(other):
            return NotImplemented
        return self._from_iterable(v for v in other if v in self)

    __rand__ = __and__

    def isdisjoint(self, other):  # no common member
        for v in other:
            if v in self:
                return False
        return True

    def __or__(self, other):
        if _not_iterable(other):
            return NotImplemented
        return self._from_iterable(v for part in (self, other) for v in part)

    __ror__ = __or__

    def __sub__(self, other):
        other = _as_set(self, other)
        if other is NotImplemented:  # not a set, not iterable
            return other
        return self._from_iterable(v for v in self if v not in other)

    def __rsub__(self, other):  # rsub
        other = _as_set(self, other)
        if other is NotImplemented:  # not a set, not iterable
            return other
        return self._from_iterable(v for v in other if v not in self)

    def __xor__(self, other):
        other = _as_set(self, other)
        if other is NotImplemented:  # not a set, not iterable
            return other
        return (other - self) | (self - other)

    __rxor__ = __xor__

    def _hash(self):
        # order-independent mix of the members' hashes
        mask = sys.maxsize * 2 + 1
        acc = 1927868237 * (len(self) + 1)
        for v in self:
            h = hash(v)
            acc ^= (h ^ (h << 16) ^ 89869747) * 3644798167
            acc &= mask
        acc = acc * 69069 + 907133923
        acc &= mask
        if acc > sys.maxsize:
            acc -= mask + 1
        return -2 if acc == -1 else acc


class MutableSet(Set):
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        _drain(self.pop, KeyError)

    def __ior__(self, other):
        for v in other:
            self.add(v)
        return self

    def __iand__(self, other):  # iand
        for v in list(self):
            if v not in other:
                self.discard(v)
        return self

    def __ixor__(self, other):  # ixor
        if other is self:
            self.clear()
            return self
        other = _as_set(self, other)
        for v in other:
            if v in self:
                self.discard(v)
            else:
                self.add(v)
        return self

    def __isub__(self, other):  # isub
        if other is self:
            self.clear()
            return self
        for v in other:
            self.discard(v)
        return self


# -- mappings ---------------------------------------------------------------------

class Mapping(Collection):  # read-only mapping
    """A read-only mapping; get, keys/items/values, ==, `in` come from the three
    abstract methods."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):  # getitem
        raise KeyError

    def get(self, key, default=None):  # like dict.get
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, probe):
        try:
            self[probe]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):  # only mappings compare
            return NotImplemented
        return dict(other.items()) == dict(self.items())

    __reversed__ = None
    __class_getitem__ = classmethod(_subscript)


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):  # view over mapping
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self._mapping)


class KeysView(MappingView, Set):  # keys()
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, items):  # build a result set
        return set(items)

    def __contains__(self, probe):
        return probe in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):  # items()
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, items):  # build a result set
        return set(items)

    def __contains__(self, pair):
        key, value = pair
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        for key in self._mapping:
            yield key, self._mapping[key]


class ValuesView(MappingView, Collection):  # view of values
    __slots__ = ()

    def __contains__(self, wanted):
        for key in self._mapping:
            found = self._mapping[key]
            if found is wanted or found == wanted:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_NOTHING = object()


class MutableMapping(Mapping):  # adds set/del
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):  # setitem
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):  # delitem
        raise KeyError

    def pop(self, key, default=_NOTHING):
        try:
            value = self[key]
        except KeyError:
            if default is _NOTHING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        _drain(self.popitem, KeyError)

    def update(self, other=(), /, **kwds):  # like dict.update
        if isinstance(other, Mapping):  # then keys and indexing
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):  # like dict.setdefault
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# -- sequences --------------------------------------------------------------------

class Sequence(Reversible, Collection):  # indexable
    """A read-only sequence; iteration, `in`, reversed, index and count come
    from __getitem__ and __len__."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):  # getitem
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                yield self[i]
                i += 1
        except IndexError:
            return

    def __contains__(self, wanted):
        for item in self:
            if item is wanted or item == wanted:
                return True
        return False

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):  # first position
        n = len(self)
        if start is not None and start < 0:  # count from the end
            start = max(n + start, 0)
        if stop is not None and stop < 0:  # count from the end
            stop += n
        i = start
        while i < (n if stop is None else stop):
            try:
                item = self[i]
            except IndexError:
                break
            if item is value or item == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if item is value or item == value)

    __class_getitem__ = classmethod(_subscript)


class ByteString(Sequence):  # bytes-like
    __slots__ = ()


class MutableSequence(Sequence):  # adds set/del/insert
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):  # setitem
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):  # delitem
        raise IndexError

    @abstractmethod
    def insert(self, index, value):  # abstract
        raise IndexError

    def append(self, item):
        self.insert(len(self), item)

    def clear(self):
        _drain(self.pop, IndexError)

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - 1 - i] = self[n - 1 - i], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        where = self.index(value)
        del self[where]

    def __iadd__(self, values):  # iadd
        self.extend(values)
        return self


# -- the built-in types, registered as virtual subclasses ----------------------------

def _gen():
    yield
async def _coro():
    pass
async def _agen():
    yield

_g = _gen()
Generator.register(type(_g))
_c = _coro()
Coroutine.register(type(_c))
_c.close()
AsyncGenerator.register(type(_agen()))
del _g, _c, _gen, _coro, _agen

_virtual = [(Sequence, tuple), (Sequence, str), (Sequence, range),
            (ByteString, bytes), (ByteString, bytearray),
            (MutableSequence, list), (MutableSequence, bytearray),
            (MutableMapping, dict)]
try:
    _virtual.append((Sequence, memoryview))
except NameError:
    pass   # minipy has no memoryview
for _abc_cls, _kind in _virtual:
    _abc_cls.register(_kind)
del _virtual, _abc_cls
Set.register(frozenset)
MutableSet.register(set)
Mapping.register(type(object.__dict__))
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))
del _kind
