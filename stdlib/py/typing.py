"""Type hints at run time: the generic aliases (List[int], Optional[str], ...),
TypeVar, Generic, Protocol, NamedTuple, TypedDict and helpers
(minipy: written in Python from the documented behaviour)."""

__all__ = [
    'Any',
    'Optional',
    'Union',
    'ClassVar',
    'Final',
    'Literal',
    'Annotated',
    'NoReturn',
    'Never',
    'Self',
    'LiteralString',
    'Required',
    'NotRequired',
    'TypeGuard',
    'Concatenate',
    'List',
    'Dict',
    'Set',
    'FrozenSet',
    'Tuple',
    'Type',
    'DefaultDict',
    'OrderedDict',
    'Counter',
    'Deque',
    'ChainMap',
    'Callable',
    'Iterable',
    'Iterator',
    'Reversible',
    'Generator',
    'AsyncIterable',
    'AsyncIterator',
    'AsyncGenerator',
    'Awaitable',
    'Coroutine',
    'Sized',
    'Hashable',
    'Container',
    'Collection',
    'Sequence',
    'MutableSequence',
    'AbstractSet',
    'MutableSet',
    'Mapping',
    'MutableMapping',
    'MappingView',
    'KeysView',
    'ItemsView',
    'ValuesView',
    'ByteString',
    'ContextManager',
    'AsyncContextManager',
    'Text',
    'AnyStr',
    'TypeVar',
    'Generic',
    'Protocol',
    'ForwardRef',
    'NamedTuple',
    'TypedDict',
    'NewType',
    'cast',
    'overload',
    'final',
    'no_type_check',
    'runtime_checkable',
    'get_type_hints',
    'get_origin',
    'get_args',
    'assert_type',
    'assert_never',
    'reveal_type',
    'TYPE_CHECKING',
]

import sys
import collections
import collections.abc as _cabc

TYPE_CHECKING = False

_NoneType = type(None)


def _show(arg):
    """How an argument is printed inside Name[...]."""
    if arg is Ellipsis:
        return '...'
    if isinstance(arg, type) and not isinstance(arg, _GenericAliasBase):
        if arg.__module__ == 'builtins':
            return arg.__qualname__
        return '{}.{}'.format(arg.__module__, arg.__qualname__)
    if type(arg) in (list, tuple):
        return '[' + ', '.join(_show(a) for a in arg) + ']'
    if callable(arg) and hasattr(arg, '__qualname__') and not isinstance(
            arg, (_Form, _GenericAliasBase, TypeVar, NewType)):
        return arg.__qualname__
    return repr(arg)


def _as_hint(arg):
    """Normalise one argument: None -> NoneType, 'name' -> ForwardRef('name')."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _typevars_in(args):
    found = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in found:
                found.append(a)
        else:
            for inner in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if inner not in found:
                    found.append(inner)
    return tuple(found)


class ForwardRef:
    """A type hint written as a string, resolved later by get_type_hints()."""

    def __init__(self, arg, is_argument=True, module=None):
        if type(arg) is not str:
            raise TypeError('Forward reference must be a string -- got {!r}'.format(arg))
        self.__forward_arg__, self.__forward_module__ = arg, module

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if type(other) is not ForwardRef:
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(('ForwardRef', self.__forward_arg__))

    def __repr__(self):
        return 'ForwardRef({!r})'.format(self.__forward_arg__)


class TypeVar:
    """A type variable: TypeVar('T'), TypeVar('N', int, float), TypeVar('B', bound=X)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if contravariant and covariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(_as_hint(c) for c in constraints)
        self.__bound__ = _as_hint(bound) if bound is not None else None
        self.__covariant__, self.__contravariant__ = bool(covariant), bool(contravariant)
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (ValueError, AttributeError):
            pass

    def __repr__(self):
        if self.__covariant__:
            mark = '+'
        elif self.__contravariant__:  # -T
            mark = '-'
        else:
            mark = '~'
        return mark + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# -- aliases ------------------------------------------------------------------------

class _GenericAliasBase:
    """Common behaviour of every alias object: calling makes an instance of the
    origin, using one as a base class means inheriting from the origin."""

    def __call__(self, *args, **kwargs):  # make an instance
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except Exception:
            pass
        return made

    def __mro_entries__(self, bases):  # used as a base
        origin = self.__origin__
        if origin is Generic or origin is Protocol:
            # Generic[...] is dropped when a later base already brings Generic in.
            here = bases.index(self) if self in bases else -1
            for later in bases[here + 1:]:
                base = later.__origin__ if isinstance(later, _GenericAliasBase) else later
                if isinstance(base, type) and issubclass(base, Generic):
                    return ()
            return (origin,)
        # Like CPython, a parametrised non-generic origin also brings in Generic,
        # unless a later base already does.
        here = bases.index(self) if self in bases else -1
        for later in bases[here + 1:]:
            if isinstance(later, _GenericAliasBase) or (
                    isinstance(later, type) and issubclass(later, Generic)):
                return (origin,)
        if isinstance(origin, type) and issubclass(origin, Generic):
            return (origin,)
        return (origin, Generic)

    def __getattr__(self, attr):  # delegate to origin
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        origin = self.__origin__
        return getattr(origin, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _Alias(_GenericAliasBase):
    """A subscripted alias: List[int], Box[T], Callable[[int], str], Union[a, b]."""

    def __init__(self, origin, args, name=None, form=None):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _typevars_in(args)
        self._label = name
        self._form = form

    def _head(self):
        if self._label is not None:
            return 'typing.' + self._label
        return _show(self.__origin__)

    def __repr__(self):
        form = self._form
        args = self.__args__
        if form == 'union':
            if len(args) == 2 and _NoneType in args:
                keep = args[0] if args[1] is _NoneType else args[1]
                return 'typing.Optional[{}]'.format(_show(keep))
            return 'typing.Union[{}]'.format(', '.join(_show(a) for a in args))
        if form == 'callable' and args:
            if args[0] is Ellipsis:
                return '{}[..., {}]'.format(self._head(), _show(args[-1]))
            head = '[' + ', '.join(_show(a) for a in args[:-1]) + ']'
            return '{}[{}, {}]'.format(self._head(), head, _show(args[-1]))
        if form == 'tuple' and not args:
            return self._head() + '[()]'
        return '{}[{}]'.format(self._head(), ', '.join(_show(a) for a in args))

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        if self._form == 'union' and other._form == 'union':
            return frozenset(self.__args__) == frozenset(other.__args__)
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        if self._form == 'union':
            return hash(frozenset(self.__args__)) ^ 0x5a17
        return hash(self.__origin__) ^ hash(self.__args__)

    def __instancecheck__(self, obj):  # isinstance()
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):  # issubclass()
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __getitem__(self, params):  # subscript
        if len(self.__parameters__) == 0:
            raise TypeError('{} is not a generic class'.format(self))
        if type(params) is not tuple:
            params = (params,)
        if len(params) != len(self.__parameters__):
            raise TypeError('Too {} arguments for {}'.format(
                'many' if len(params) > len(self.__parameters__) else 'few', self))
        table = dict(zip(self.__parameters__, (_as_hint(p) for p in params)))

        def swap(arg):
            if isinstance(arg, TypeVar):
                return table.get(arg, arg)
            if isinstance(arg, _Alias) and arg.__parameters__:
                return arg[tuple(table.get(p, p) for p in arg.__parameters__)]
            return arg
        fresh = tuple(swap(a) for a in self.__args__)
        if self._form == 'union':
            return Union[fresh]
        return _Alias(self.__origin__, fresh, self._label, self._form)


class _BareAlias(_GenericAliasBase):
    """An unsubscripted alias such as typing.List: behaves like its origin for
    isinstance(), and subscripting it makes an _Alias."""

    def __init__(self, origin, name, nargs, form=None):
        self.__origin__ = origin
        self._label = name
        self._nargs = nargs
        self._form = form

    def __repr__(self):
        return 'typing.' + self._label

    def __getitem__(self, params):  # subscript
        form = self._form
        if form == 'callable':
            if type(params) is not tuple or len(params) != 2:
                raise TypeError('Callable must be used as Callable[[arg, ...], result].')
            arg_part, result = params
            if arg_part is Ellipsis:
                args = (Ellipsis, _as_hint(result))
            else:
                if not isinstance(arg_part, list):
                    raise TypeError('Callable[args, result]: args must be a list. Got {}'
                                    .format(_show(arg_part)))
                args = tuple(_as_hint(a) for a in arg_part) + (_as_hint(result),)
            return _Alias(self.__origin__, args, self._label, form)
        if type(params) is not tuple:
            params = (params,)
        if form == 'tuple':
            if params == ((),):
                params = ()
            return _Alias(self.__origin__, tuple(_as_hint(p) for p in params),
                          self._label, form)
        if len(params) != self._nargs:
            raise TypeError('Too {} arguments for {}; actual {}, expected {}'.format(
                'many' if len(params) > self._nargs else 'few', self,
                len(params), self._nargs))
        return _Alias(self.__origin__, tuple(_as_hint(p) for p in params),
                      self._label, form)

    def __instancecheck__(self, obj):  # isinstance()
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):  # issubclass()
        origin = self.__origin__
        return issubclass(cls, origin)

    def __eq__(self, other):
        if not isinstance(other, _BareAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._label == other._label

    def __hash__(self):
        return hash((self.__origin__, self._label))


# -- special forms --------------------------------------------------------------------

class _Form:
    """typing.Any, typing.Union, typing.Optional, ...: printable, some subscriptable."""

    def __init__(self, name, on_subscript=None, doc=None):
        self._name = name
        self._on_subscript = on_subscript
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.%s' % self._name

    def __getitem__(self, params):  # subscript
        if self._on_subscript is None:
            raise TypeError('{} is not subscriptable'.format(self))
        return self._on_subscript(self, params)

    def __call__(self, *args, **kwargs):  # make an instance
        raise TypeError('Cannot instantiate {!r}'.format(self))

    def __instancecheck__(self, obj):  # isinstance()
        raise TypeError('{} cannot be used with isinstance()'.format(self))

    def __subclasscheck__(self, cls):  # issubclass()
        raise TypeError('{} cannot be used with issubclass()'.format(self))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):  # used as a base
        raise TypeError('Cannot subclass {!r}'.format(self))


def _make_union(form, params):
    if type(params) is not tuple:
        params = (params,)
    if not params:
        raise TypeError('Cannot take a Union of no types.')
    members = []
    for p in params:
        p = _as_hint(p)
        inner = p.__args__ if isinstance(p, _Alias) and p._form == 'union' else (p,)
        for q in inner:
            if q not in members:
                members.append(q)
    if len(members) == 1:
        return members[0]
    return _Alias(Union, tuple(members), 'Union', 'union')


def _make_optional(form, param):
    return Union[param, None]


def _one_arg(form, param):
    if isinstance(param, tuple):
        raise TypeError('{} accepts only single type.'.format(form))
    return _Alias(form, (_as_hint(param),), form._name)


def _many_args(form, params):
    if type(params) is not tuple:
        params = (params,)
    return _Alias(form, params, form._name)


def _annotated(form, params):
    if type(params) is not tuple or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _Alias(form, (_as_hint(params[0]),) + tuple(params[1:]), 'Annotated')


Any = _Form('Any', doc='Special type indicating an unconstrained type.')
NoReturn = _Form('NoReturn')
Never = _Form('Never')
Self = _Form('Self')
LiteralString = _Form('LiteralString')
Union = _Form('Union', _make_union)
Optional = _Form('Optional', _make_optional)
ClassVar = _Form('ClassVar', _one_arg)
Final = _Form('Final', _one_arg)
Required = _Form('Required', _one_arg)
NotRequired = _Form('NotRequired', _one_arg)
TypeGuard = _Form('TypeGuard', _one_arg)
Literal = _Form('Literal', _many_args)
Concatenate = _Form('Concatenate', _many_args)
Annotated = _Form('Annotated', _annotated)


# -- the classic container aliases ----------------------------------------------------

List = _BareAlias(list, 'List', 1)
Dict = _BareAlias(dict, 'Dict', 2)
Set = _BareAlias(set, 'Set', 1)
FrozenSet = _BareAlias(frozenset, 'FrozenSet', 1)
Tuple = _BareAlias(tuple, 'Tuple', -1, 'tuple')
Type = _BareAlias(type, 'Type', 1)
DefaultDict = _BareAlias(collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _BareAlias(collections.OrderedDict, 'OrderedDict', 2)
Counter = _BareAlias(collections.Counter, 'Counter', 1)
Deque = _BareAlias(collections.deque, 'Deque', 1)
ChainMap = _BareAlias(collections.ChainMap, 'ChainMap', 2)
Callable = _BareAlias(_cabc.Callable, 'Callable', 2, 'callable')
Iterable = _BareAlias(_cabc.Iterable, 'Iterable', 1)
Iterator = _BareAlias(_cabc.Iterator, 'Iterator', 1)
Reversible = _BareAlias(_cabc.Reversible, 'Reversible', 1)
Generator = _BareAlias(_cabc.Generator, 'Generator', 3)
AsyncIterable = _BareAlias(_cabc.AsyncIterable, 'AsyncIterable', 1)
AsyncIterator = _BareAlias(_cabc.AsyncIterator, 'AsyncIterator', 1)
AsyncGenerator = _BareAlias(_cabc.AsyncGenerator, 'AsyncGenerator', 2)
Awaitable = _BareAlias(_cabc.Awaitable, 'Awaitable', 1)
Coroutine = _BareAlias(_cabc.Coroutine, 'Coroutine', 3)
Sized = _BareAlias(_cabc.Sized, 'Sized', 0)
Hashable = _BareAlias(_cabc.Hashable, 'Hashable', 0)
Container = _BareAlias(_cabc.Container, 'Container', 1)
Collection = _BareAlias(_cabc.Collection, 'Collection', 1)
Sequence = _BareAlias(_cabc.Sequence, 'Sequence', 1)
MutableSequence = _BareAlias(_cabc.MutableSequence, 'MutableSequence', 1)
AbstractSet = _BareAlias(_cabc.Set, 'AbstractSet', 1)
MutableSet = _BareAlias(_cabc.MutableSet, 'MutableSet', 1)
Mapping = _BareAlias(_cabc.Mapping, 'Mapping', 2)
MutableMapping = _BareAlias(_cabc.MutableMapping, 'MutableMapping', 2)
MappingView = _BareAlias(_cabc.MappingView, 'MappingView', 1)
KeysView = _BareAlias(_cabc.KeysView, 'KeysView', 1)
ItemsView = _BareAlias(_cabc.ItemsView, 'ItemsView', 2)
ValuesView = _BareAlias(_cabc.ValuesView, 'ValuesView', 1)
ByteString = _BareAlias(_cabc.ByteString, 'ByteString', 0)
try:
    import contextlib as _ctx
    ContextManager = _BareAlias(_ctx.AbstractContextManager, 'ContextManager', 1)
    AsyncContextManager = _BareAlias(_ctx.AbstractAsyncContextManager,
                                     'AsyncContextManager', 1)
except (AttributeError, ImportError):
    pass

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)  # either, consistently


# -- Generic and Protocol ---------------------------------------------------------------

class Generic:
    """Base for user generic classes: class Box(Generic[T]) makes Box[int] work."""
    __slots__ = ()

    def __class_getitem__(cls, params):  # Cls[...]
        if type(params) is not tuple:
            params = (params,)
        params = tuple(_as_hint(p) for p in params)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError('Parameter list to {}[...] cannot be empty'.format(
                    cls.__qualname__))
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError('Parameters to {}[...] must all be type variables '
                                    'or parameter specification variables.'.format(
                                        cls.__qualname__))
            if len(params) != len(set(params)):
                raise TypeError('Parameters to {}[...] must all be unique'.format(
                    cls.__qualname__))
            return _Alias(cls, params)
        own = cls.__dict__.get('__parameters__', ())
        if not own:
            raise TypeError('{} is not a generic class'.format(_show(cls)))
        if len(params) != len(own):
            raise TypeError('Too {} arguments for {}; actual {}, expected {}'.format(
                'many' if len(params) > len(own) else 'few', _show(cls),
                len(params), len(own)))
        return _Alias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):  # subclass set-up
        super().__init_subclass__(*args, **kwargs)  # keep the chain going
        declared = cls.__dict__.get('__orig_bases__', ())
        explicit = None
        gathered = []
        for base in declared:
            if isinstance(base, _Alias):
                if base.__origin__ is Generic or base.__origin__ is Protocol:
                    if base.__origin__ is Generic and explicit is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple times.')
                    explicit = base.__parameters__
                for p in base.__parameters__:
                    if p not in gathered:
                        gathered.append(p)
        if explicit is not None:
            missing = [p for p in gathered if p not in explicit]
            if missing:
                raise TypeError('Some type variables ({}) are not listed in Generic[{}]'
                                .format(', '.join(map(str, missing)),
                                        ', '.join(map(str, explicit))))
            gathered = list(explicit)
        cls.__parameters__ = tuple(gathered)


def _protocol_attrs(cls):
    names = set()
    skip = {'__abstractmethods__', '__annotations__', '__dict__', '__doc__',
            '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
            '__weakref__', '__class_getitem__', '__parameters__', '__orig_bases__',
            '__qualname__', '__init_subclass__', '_is_protocol', '_is_runtime_protocol',
            '__protocol_attrs__', '_abc_registered', '_abc_yes', '_abc_no', '_abc_stamp',
            '__non_callable_proto_members__'}
    for base in cls.__mro__[:-1]:
        if base is Generic or base.__name__ == 'Protocol':
            continue
        names.update(base.__dict__.keys())
        names.update(getattr(base, '__annotations__', {}).keys())
    return {n for n in names if n not in skip and not n.startswith('_abc_')}


import abc as _abc


class _ProtocolMeta(_abc.ABCMeta):
    def __instancecheck__(cls, instance):  # isinstance()
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if all(hasattr(instance, attr) for attr in _protocol_attrs(cls)):
                return True
        return _abc.ABCMeta.__instancecheck__(cls, instance)

    def __subclasscheck__(cls, other):  # issubclass()
        if cls.__dict__.get('_is_protocol', False) and cls is not Protocol:
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if isinstance(other, type) and all(
                    any(attr in base.__dict__ for base in other.__mro__)
                    for attr in _protocol_attrs(cls)):
                return True
        return _abc.ABCMeta.__subclasscheck__(cls, other)


def _refuse_instances(self, *args, **kwargs):
    if type(self).__dict__.get('_is_protocol', False):
        raise TypeError('Protocols cannot be instantiated')  # CPython's text


class Protocol(Generic, metaclass=_ProtocolMeta):  # structural typing
    """Base for structural types: a class matches when it has the members."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):  # subclass set-up
        super().__init_subclass__(*args, **kwargs)  # keep the chain going
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(
                b is Protocol or (isinstance(b, _Alias) and b.__origin__ is Protocol)
                for b in cls.__dict__.get('__orig_bases__', cls.__bases__))
        if cls._is_protocol and cls.__init__ is object.__init__:
            cls.__init__ = _refuse_instances


def runtime_checkable(cls):  # decorator
    """Allow isinstance()/issubclass() against a Protocol class."""
    if not cls.__dict__.get('_is_protocol'):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, '
                        'got {!r}'.format(cls))
    setattr(cls, '_is_runtime_protocol', True)
    return cls


# -- NamedTuple and TypedDict ---------------------------------------------------------------

_SPECIAL_NT = {'__module__', '__qualname__', '__annotations__', '__orig_bases__',
               '__doc__', '__slots__'}


class _NamedTupleMaker(type):
    def __new__(mcls, name, bases, ns):
        hints = ns.get('__annotations__', {})
        fields = list(hints)
        defaults = []
        for field in fields:
            if field in ns:
                defaults.append(ns[field])
            elif defaults:
                raise TypeError('Non-default namedtuple field {} cannot follow default '
                                'field{} {}'.format(field, 's' if len(defaults) > 1 else '',
                                                    ', '.join(fields[:len(defaults)])))
        made = collections.namedtuple(name, fields, defaults=defaults or None,
                                      module=ns.get('__module__'))
        made.__annotations__ = dict(hints)
        if '__doc__' in ns and ns['__doc__'] is not None:
            made.__doc__ = ns['__doc__']
        for key, value in ns.items():
            if key in _SPECIAL_NT or key in hints:
                continue
            if key in ('_make', '_replace', '_asdict', '_fields', '_field_defaults',
                       '__new__', '__init__', '__getnewargs__'):
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            setattr(made, key, value)
        if '__orig_bases__' in ns:
            made.__orig_bases__ = ns['__orig_bases__']
        return made


_NamedTupleSeed = type.__new__(_NamedTupleMaker, '_NamedTupleSeed', (), {})


def NamedTuple(typename, fields=None, /, **kwargs):  # also a base class
    """Typed namedtuple: class P(NamedTuple): x: int, or NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = list(kwargs.items())
    pairs = [(n, _as_hint(t)) for n, t in fields]
    try:
        module = sys._getframe(1).f_globals.get('__name__', '__main__')
    except (ValueError, AttributeError):
        module = None
    made = collections.namedtuple(typename, [n for n, _ in pairs], module=module)
    made.__annotations__ = dict(pairs)
    return made


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleSeed,)


_TD_NO_CHECKS = 'TypedDict does not support instance and class checks'


class _TypedDictMaker(type):
    def __new__(mcls, name, bases, ns, total=True):
        hints = {}
        required = set()
        optional = set()
        for base in bases:
            hints.update(getattr(base, '__annotations__', {}))
            required.update(getattr(base, '__required_keys__', ()))
            optional.update(getattr(base, '__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        for key, hint in own.items():
            hint = _as_hint(hint)
            hints[key] = hint
            wrapped = hint.__origin__ if isinstance(hint, _Alias) else None
            if wrapped is Required or (total and wrapped is not NotRequired):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        body = {k: v for k, v in ns.items() if k != '__annotations__'}
        made = type.__new__(mcls, name, (dict,), body)
        made.__annotations__ = hints
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        made.__total__ = total
        return made

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError(_TD_NO_CHECKS)

    def __subclasscheck__(cls, other):  # issubclass()
        raise TypeError(_TD_NO_CHECKS)


_TypedDictSeed = type.__new__(_TypedDictMaker, 'TypedDict', (dict,), {})


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):  # also a base class
    """A dict with a fixed set of typed keys; instances are plain dicts."""
    if fields is None:
        fields = kwargs
    return _TypedDictMaker(typename, (), {'__annotations__': dict(fields)}, total=total)


TypedDict.__mro_entries__ = lambda bases: (_TypedDictSeed,)


# -- helpers ----------------------------------------------------------------------------

def cast(typ, val):
    """Return val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ, /):  # no-op at run time
    return val


def reveal_type(obj, /):
    print('Runtime type is {!r}'.format(type(obj).__name__), file=sys.stderr)
    return obj


def assert_never(arg, /):
    raise AssertionError('Expected code to be unreachable, but got: {!r}'.format(arg))


def _overload_placeholder(*args, **kwds):
    raise NotImplementedError(  # as CPython words it
        'You should not call an overloaded function. A series of @typing.overload-'
        'decorated functions outside a stub module should always be followed by an '
        'implementation that is not @typing.overload-ed.')


def overload(func):
    """Marks a signature-only variant; the last undecorated definition wins."""
    return _overload_placeholder


def final(f):
    try:
        f.__final__ = True
    except (TypeError, AttributeError):
        pass
    return f


def no_type_check(arg):
    try:
        setattr(arg, '__no_type_check__', True)
    except (TypeError, AttributeError):
        pass
    return arg


class NewType:
    """NewType('UserId', int): a callable that returns its argument unchanged."""

    def __init__(self, name, tp):  # name and supertype
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (ValueError, AttributeError):
            self.__module__ = '__main__'

    def __call__(self, x):
        return x

    def __repr__(self):
        return '{}.{}'.format(self.__module__, self.__qualname__)

    def __mro_entries__(self, bases):  # used as a base
        raise TypeError('Cannot subclass an instance of NewType. Perhaps you were '
                        'looking for: `{} = NewType({!r}, {})`'.format(
                            self.__name__, self.__name__, self.__name__))


def get_origin(tp):
    if isinstance(tp, _GenericAliasBase):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, type(list[int])):
        return tp.__origin__
    return None


def get_args(tp):
    if isinstance(tp, _Alias):
        args = tp.__args__
        if tp._form == 'callable' and args and args[0] is not Ellipsis:
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, type(list[int])):
        return tp.__args__
    return ()


def _resolve(hint, globalns, localns):
    if hint is None:
        return _NoneType
    if isinstance(hint, str):
        hint = ForwardRef(hint)
    if isinstance(hint, ForwardRef):
        return _resolve(hint._evaluate(globalns, localns), globalns, localns)
    if isinstance(hint, _Alias) and any(isinstance(a, ForwardRef) for a in hint.__args__):
        fixed = tuple(_resolve(a, globalns, localns) for a in hint.__args__)
        if hint._form == 'union':
            return Union[fixed]
        return _Alias(hint.__origin__, fixed, hint._label, hint._form)
    return hint


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):  # resolved annotations
    """The annotations of a class (across its MRO), function or module, with
    string annotations evaluated and None turned into NoneType."""
    if isinstance(obj, type):
        merged = {}
        for base in obj.__mro__[::-1]:
            own = base.__dict__.get('__annotations__', {})
            if not own:
                continue
            module = sys.modules.get(base.__module__)
            gns = globalns if globalns is not None else getattr(module, '__dict__', {})
            lns = localns if localns is not None else dict(vars(base))
            for key, hint in own.items():
                merged[key] = _resolve(hint, gns, lns)
        return merged
    notes = getattr(obj, '__annotations__', None)
    if notes is None:
        if callable(obj) or isinstance(obj, type(sys)):
            return {}
        raise TypeError('{!r} is not a module, class, method, or function.'.format(obj))
    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            target = obj
            while hasattr(target, '__wrapped__'):
                target = target.__wrapped__
            globalns = getattr(target, '__globals__', {})
    if localns is None:
        localns = globalns
    out = {}
    for key, hint in notes.items():
        out[key] = _resolve(hint, globalns, localns)
    return out
