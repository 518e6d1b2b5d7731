"""Classes built from annotated fields: @dataclass, field(), fields(), asdict(),
astuple(), replace() (minipy: written in Python from the documented behaviour)."""

import sys
import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class _MissingType:
    def __repr__(self):
        return 'MISSING'

MISSING = _MissingType()


class _KwOnlyMarker:
    """Annotate a pseudo-field with KW_ONLY: the fields after it are keyword-only."""
    def __repr__(self):
        return 'KW_ONLY'

KW_ONLY = _KwOnlyMarker()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    """InitVar[T]: an __init__-only argument handed to __post_init__, not a field."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        inner = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[{}]'.format(inner)


# what kind of pseudo-field an annotation declares
_REAL, _CLASSVAR, _INITVAR = 'field', 'classvar', 'initvar'


class Field:
    """Everything @dataclass knows about one field."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _MappingProxy(dict(metadata) if metadata else {})
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name={!r},type={!r},default={!r},default_factory={!r},init={!r},'
                'repr={!r},hash={!r},compare={!r},metadata={!r},kw_only={!r},'
                '_field_type={})').format(
                    self.name, self.type, self.default, self.default_factory, self.init,
                    self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                    self._field_type)

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


_MappingProxy = type(object.__dict__)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: its default or default_factory, and which generated
    methods (init, repr, compare, hash) it takes part in."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _annotation_kind(hint, cls):
    if hint is InitVar or isinstance(hint, InitVar):
        return _INITVAR
    if isinstance(hint, str):
        head = hint.replace(' ', '').split('[')[0]
        if head in ('ClassVar', 'typing.ClassVar'):
            return _CLASSVAR
        if head in ('InitVar', 'dataclasses.InitVar'):
            return _INITVAR
        return _REAL
    typing = sys.modules.get('typing')
    if typing is not None:
        if hint is typing.ClassVar or getattr(hint, '__origin__', None) is typing.ClassVar:
            return _CLASSVAR
    return _REAL


def _collect_fields(cls, kw_only_default):
    """The class's fields in order: inherited dataclass fields first, then its own."""
    found = {}
    for base in cls.__mro__[-1:0:-1]:
        inherited = base.__dict__.get('__dataclass_fields__')
        if inherited:
            for f in inherited.values():
                found[f.name] = f
    notes = cls.__dict__.get('__annotations__', {})
    keyword_only = kw_only_default
    for name, hint in notes.items():
        if hint is KW_ONLY or (isinstance(hint, str) and hint.endswith('KW_ONLY')):
            keyword_only = True
            continue
        value = cls.__dict__.get(name, MISSING)
        f = value if isinstance(value, Field) else field(default=value)
        f.name = name
        f.type = hint
        f._field_type = _annotation_kind(hint, cls)
        if f.kw_only is MISSING:
            f.kw_only = keyword_only
        if f._field_type != _REAL and f.default_factory is not MISSING:
            raise TypeError('field {} cannot have a default factory'.format(name))
        if f._field_type == _REAL and f.default is not MISSING and \
                type(f.default).__hash__ is None:
            raise ValueError('mutable default {} for field {} is not allowed: use '
                             'default_factory'.format(type(f.default), name))
        if isinstance(value, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        found[name] = f
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in notes:
            raise TypeError('{!r} is a field but has no type annotation'.format(name))
    return found


def _compile(cls, source, env, method):
    """Build one method from source text inside a class of the same name, so its
    __qualname__ (and error messages) read Cls.method like hand-written code."""
    space = {}
    text = 'class {}:\n{}'.format(cls.__name__, source)
    exec(text, env, space)
    made = space[cls.__name__].__dict__[method]
    made.__qualname__ = '{}.{}'.format(cls.__qualname__, method)
    return made


class _Factory:
    def __repr__(self):
        return '<factory>'

_FACTORY_MARK = _Factory()


def _make_init(cls, all_fields, frozen, has_post_init):
    env = {'_dc_mark': _FACTORY_MARK, '_dc_set': object.__setattr__, 'MISSING': MISSING}
    positional = []
    keyword = []
    body = []
    seen_default = None
    for f in all_fields.values():
        if f._field_type == _CLASSVAR:
            continue
        if f.init:
            if f.default is not MISSING:
                env['_dc_default_' + f.name] = f.default
                piece = '{}=_dc_default_{}'.format(f.name, f.name)
            elif f.default_factory is not MISSING:
                piece = '{}=_dc_mark'.format(f.name)
            else:
                piece = f.name
            if f.kw_only:
                keyword.append(piece)
            else:
                if '=' in piece:
                    seen_default = f.name
                elif seen_default is not None:
                    raise TypeError("non-default argument {!r} follows default argument"
                                    .format(f.name))
                positional.append(piece)
        if f._field_type != _REAL:
            continue
        if f.default_factory is not MISSING:
            env['_dc_factory_' + f.name] = f.default_factory
            if f.init:
                value = '_dc_factory_{0}() if {0} is _dc_mark else {0}'.format(f.name)
            else:
                value = '_dc_factory_{}()'.format(f.name)
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            env['_dc_default_' + f.name] = f.default
            value = '_dc_default_' + f.name
        else:
            continue
        if frozen:
            body.append('_dc_set(self, {!r}, {})'.format(f.name, value))
        else:
            body.append('self.{} = {}'.format(f.name, value))
    if has_post_init:
        extras = [f.name for f in all_fields.values() if f._field_type == _INITVAR]
        body.append('self.__post_init__({})'.format(', '.join(extras)))
    params = ['self'] + positional
    if keyword:
        params += ['*'] + keyword
    lines = ' def __init__({}):\n'.format(', '.join(params))
    lines += ''.join('  {}\n'.format(stmt) for stmt in body or ['pass'])
    made = _compile(cls, lines, env, '__init__')
    hints = {f.name: f.type for f in all_fields.values()
             if f.init and f._field_type != _CLASSVAR}
    hints['return'] = None
    try:
        made.__annotations__ = hints
    except (AttributeError, TypeError):
        pass
    return made


_repr_busy = set()


def _make_repr(names):
    def __repr__(self):
        key = (id(self), type(self))
        if key in _repr_busy:
            return '...'
        _repr_busy.add(key)
        try:
            inner = ', '.join('{}={!r}'.format(n, getattr(self, n)) for n in names)
        finally:
            _repr_busy.discard(key)
        return '{}({})'.format(type(self).__qualname__, inner)
    return __repr__


def _make_compare(names, op):
    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = tuple(getattr(self, n) for n in names)
        theirs = tuple(getattr(other, n) for n in names)
        return op(mine, theirs)
    return compare


def _make_hash(names):
    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))
    return __hash__


def _frozen_guard(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field {!r}'.format(name))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field {!r}'.format(name))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _install(cls, name, fn, overwrite=False):
    if not overwrite and name in cls.__dict__:
        return False
    fn.__qualname__ = '{}.{}'.format(cls.__qualname__, name)
    setattr(cls, name, fn)
    return True


_ORDERING = [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
             ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
             slots):
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    for base in cls.__mro__[1:]:
        params = base.__dict__.get('__dataclass_params__')
        if params is None:
            continue
        if params['frozen'] and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not params['frozen']:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    all_fields = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = {'init': init, 'repr': repr, 'eq': eq, 'order': order,
                                'unsafe_hash': unsafe_hash, 'frozen': frozen}
    real = [f for f in all_fields.values() if f._field_type == _REAL]
    if init:
        has_post = hasattr(cls, '__post_init__')
        _install(cls, '__init__', _make_init(cls, all_fields, frozen, has_post),
                 overwrite=True)
    if repr:
        _install(cls, '__repr__', _make_repr([f.name for f in real if f.repr]))
    compared = [f.name for f in real if f.compare]
    if eq:
        _install(cls, '__eq__', _make_compare(compared, lambda a, b: a == b))
    if order:
        for name, op in _ORDERING:
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute {} in class {}. Consider using '
                                'functools.total_ordering'.format(name, cls.__name__))
            _install(cls, name, _make_compare(compared, op))
    if frozen:
        setter, deleter = _frozen_guard(cls, {f.name for f in real})
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute {} in class {}'.format(
                    name, cls.__name__))
            _install(cls, name, fn)
    hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit = own_hash is not MISSING and not (own_hash is None and '__eq__' in cls.__dict__)
    if unsafe_hash:
        if explicit:
            raise TypeError('Cannot overwrite attribute __hash__ in class {}'.format(
                cls.__name__))
        _install(cls, '__hash__', _make_hash(hashed), overwrite=True)
    elif eq and frozen:
        if not explicit:
            _install(cls, '__hash__', _make_hash(hashed), overwrite=True)
    elif eq:
        if not explicit:
            cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields.values()
                                   if f._field_type != _CLASSVAR and f.init and not f.kw_only)
    if not cls.__dict__.get('__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(all_fields)
    return cls


def _hint_text(hint):
    if isinstance(hint, type) and not hasattr(hint, '__origin__'):
        if hint.__module__ == 'builtins':
            return hint.__qualname__
        return hint.__module__ + '.' + hint.__qualname__
    return repr(hint)


def _signature_text(all_fields):
    pieces = []
    starred = False
    for f in all_fields.values():
        if f._field_type == _CLASSVAR or not f.init:
            continue
        if f.kw_only and not starred:
            pieces.append('*')
            starred = True
        text = '{}: {}'.format(f.name, _hint_text(f.type))
        if f.default is not MISSING:
            text += ' = {!r}'.format(f.default)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        pieces.append(text)
    return '(' + ', '.join(pieces) + ')'


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and on request ordering, hashing, frozenness)
    to a class from its annotated fields."""
    def apply(klass):
        return _process(klass, init, repr, eq, order, unsafe_hash, frozen, match_args,
                        kw_only, slots)
    if cls is None:
        return apply
    return apply(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass (class or instance), in order."""
    try:
        table = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type == _REAL)


def is_dataclass(obj):
    kind = obj if isinstance(obj, type) else type(obj)
    return hasattr(kind, '__dataclass_fields__')


def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def _convert(obj, factory, as_tuple):
    if _is_instance(obj):
        parts = [(f.name, _convert(getattr(obj, f.name), factory, as_tuple))
                 for f in fields(obj)]
        return factory([v for _, v in parts]) if as_tuple else factory(parts)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory, as_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_tuple), _convert(v, factory, as_tuple))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into nested ones."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing into nested ones."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, True)


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field {} is declared with init=False, it cannot be '
                                 'specified with replace()'.format(f.name))
            continue
        if f.name not in changes:
            if f._field_type == _INITVAR and f.default is MISSING:
                raise ValueError("InitVar {!r} must be specified with replace()".format(
                    f.name))
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    """Create a dataclass from a list of names, (name, type) or (name, type, Field)."""
    body = dict(namespace or {})
    notes = {}
    for item in fields:
        if isinstance(item, str):
            notes[item] = 'typing.Any'
        elif len(item) == 2:
            notes[item[0]] = item[1]
        else:
            notes[item[0]] = item[1]
            body[item[0]] = item[2]
    body['__annotations__'] = notes
    made = type(cls_name, bases, body)
    return dataclass(made, **options)
