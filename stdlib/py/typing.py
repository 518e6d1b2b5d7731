"""Support for type hints (minipy: the runtime surface; nothing is checked)."""
import collections
import collections.abc as _abc

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    def __init__(self, name, origin=None, args=(), base=None, call=None):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self._base = base
        self._call = call

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(type(None) if p is None else p for p in params)
        if self._name == 'Optional':
            return Union[params[0], type(None)]
        if self._name == 'Union':
            flat = []
            for p in params:
                if isinstance(p, _SpecialForm) and p._name in ('Union', 'Optional') and p.__args__:
                    ps = p.__args__
                else:
                    ps = (type(None),) if p is None else (p,)
                for q in ps:
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            return _SpecialForm('Union', Union, tuple(flat))
        return _SpecialForm(self._name, self.__origin__ or self, params, self._base, self._call)

    def __repr__(self):
        if self._name == 'Union' and self.__args__:
            args = self.__args__
            if len(args) == 2 and type(None) in args:
                other = args[0] if args[1] is type(None) else args[1]
                return f'typing.Optional[{_type_repr(other)}]'
        if self.__args__:
            if self._name == 'Callable' and len(self.__args__) == 2:
                a, r = self.__args__
                return f'typing.Callable[{_type_repr(a)}, {_type_repr(r)}]'
            return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))
        return 'typing.' + self._name

    def __call__(self, *args, **kwargs):
        if self._call is not None:
            return self._call(*args, **kwargs)
        raise TypeError(f'Cannot instantiate typing.{self._name}')

    def __mro_entries__(self, bases):
        if self._base is not None:
            return (self._base,)
        raise TypeError(f'Cannot subclass typing.{self._name}')

    def __instancecheck__(self, obj):
        if self.__args__:
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        if self._base is not None:
            return isinstance(obj, self._base)
        raise TypeError(f'typing.{self._name} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        if self._base is not None and not self.__args__:
            return issubclass(cls, self._base)
        raise TypeError(f'typing.{self._name} cannot be used with issubclass()')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialForm):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))


def _alias(name, base, call=None):
    return _SpecialForm(name, None, (), base, call if call is not None else base)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
Literal = _SpecialForm('Literal')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard')
Annotated = _SpecialForm('Annotated')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Unpack = _SpecialForm('Unpack')

List = _alias('List', list)
Dict = _alias('Dict', dict)
Set = _alias('Set', set)
FrozenSet = _alias('FrozenSet', frozenset)
Tuple = _alias('Tuple', tuple)
Type = _alias('Type', type)
Deque = _alias('Deque', collections.deque)
DefaultDict = _alias('DefaultDict', collections.defaultdict)
OrderedDict = _alias('OrderedDict', collections.OrderedDict)
Counter = _alias('Counter', collections.Counter)
ChainMap = _alias('ChainMap', collections.ChainMap)
Callable = _alias('Callable', _abc.Callable)
Iterable = _alias('Iterable', _abc.Iterable)
Iterator = _alias('Iterator', _abc.Iterator)
Generator = _alias('Generator', _abc.Generator)
Reversible = _alias('Reversible', _abc.Reversible)
Container = _alias('Container', _abc.Container)
Collection = _alias('Collection', _abc.Collection)
Sized = _alias('Sized', _abc.Sized)
Hashable = _alias('Hashable', _abc.Hashable)
Awaitable = _alias('Awaitable', _abc.Awaitable)
Coroutine = _alias('Coroutine', _abc.Coroutine)
AsyncIterable = _alias('AsyncIterable', _abc.AsyncIterable)
AsyncIterator = _alias('AsyncIterator', _abc.AsyncIterator)
AsyncGenerator = _alias('AsyncGenerator', _abc.AsyncGenerator)
Sequence = _alias('Sequence', _abc.Sequence)
MutableSequence = _alias('MutableSequence', _abc.MutableSequence)
Mapping = _alias('Mapping', _abc.Mapping)
MutableMapping = _alias('MutableMapping', _abc.MutableMapping)
AbstractSet = _alias('AbstractSet', _abc.Set)
MutableSet = _alias('MutableSet', _abc.MutableSet)
KeysView = _alias('KeysView', _abc.KeysView)
ValuesView = _alias('ValuesView', _abc.ValuesView)
ItemsView = _alias('ItemsView', _abc.ItemsView)
Text = str


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = object()
        self.kwargs = object()

    def __repr__(self):
        return '~' + self.__name__


class _GenericAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        return '%s[%s]' % (_type_repr(self.__origin__),
                           ', '.join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)


class Protocol(Generic):
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}))


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    names = [n for n, t in fields]
    return collections.namedtuple(typename, names)


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        names = list(types)
        defaults = [ns[n] for n in names if n in ns]
        nt = collections.namedtuple(typename, names, defaults=defaults or None,
                                    module=ns.get('__module__', '__main__'))
        for key, val in ns.items():
            if key not in ('__module__', '__qualname__', '__annotations__') and key not in names:
                setattr(nt, key, val)
        nt.__annotations__ = types
        return nt


_NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        return type.__new__(mcls, name, (dict,), dict(ns))

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    return _TypedDictMeta(typename, (), {'__annotations__': dict(fields or kwargs)})


TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)
_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (dict,), {})
