"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
(minipy: written in Python from the documented behaviour)."""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'auto', 'unique', 'ReprEnum']

_MappingProxy = type(object.__dict__)


class auto:
    """Placeholder value: the enum picks the next value when the class is built."""
    _pending = True

    def __init__(self):
        self.value = None

    def __repr__(self):
        return 'auto({!r})'.format(self.value)


def _is_member_candidate(key, value):
    if key.startswith('__') and key.endswith('__'):
        return False
    if key.startswith('_') and key.endswith('_') and len(key) > 2:
        return False
    if key.startswith('_' ) and '__' in key:
        return False      # name-mangled private attribute
    if isinstance(value, (staticmethod, classmethod, property)):
        return False
    if hasattr(value, '__get__') and not isinstance(value, auto):
        return False
    return True


def _base_data_type(bases):
    """The non-enum data type members are made from (int for IntEnum), or object."""
    for chain in bases:
        for klass in chain.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                continue
            if '__new__' in klass.__dict__ or klass in (int, str, float):
                return klass
    return object


_ENUM_WINS = ('__repr__', '__str__', '__format__', '__or__', '__and__', '__xor__', '__ror__', '__rand__',
              '__rxor__', '__invert__')


def _is_flag_class(cls):
    return Flag is not None and issubclass(cls, Flag)


class EnumType(type):
    """Metaclass of enumerations: turns the class body's plain attributes into members."""

    def __new__(mcls, name, bases, ns, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum {!r}> cannot extend {!r}'.format(name, base))
        pairs = [(k, v) for k, v in ns.items() if _is_member_candidate(k, v)]
        body = {k: v for k, v in ns.items() if not any(k == p for p, _ in pairs)}
        custom_new = body.pop('__new__', None)
        if custom_new is not None:
            body['_new_member_'] = custom_new
        cls = super().__new__(mcls, name, bases, body, **kwds)
        type.__setattr__(cls, '_member_names_', [])
        type.__setattr__(cls, '_member_map_', {})
        type.__setattr__(cls, '_value2member_map_', {})
        data_type = _base_data_type(bases)
        type.__setattr__(cls, '_member_type_', data_type)
        if data_type is not object:
            # The data type comes first in the MRO, yet repr and the flag operators
            # must be the enum's own.
            for attr in _ENUM_WINS:
                if attr in body:
                    continue
                for klass in cls.__mro__:
                    if isinstance(klass, EnumType) and attr in klass.__dict__:
                        type.__setattr__(cls, attr, klass.__dict__[attr])
                        break
        maker = None
        for klass in cls.__mro__:
            if '_new_member_' in klass.__dict__:
                maker = klass.__dict__['_new_member_']
                if isinstance(maker, staticmethod):
                    maker = maker.__func__
                break
        seen_values = []
        for index, (key, value) in enumerate(pairs):
            if type(value) is auto:
                if value.value is None:
                    value.value = cls._generate_next_value_(key, 1, index, list(seen_values))
                value = value.value
            cls._add_member(key, value, maker, data_type)
            seen_values.append(value)
        if _is_flag_class(cls):
            every = 0
            for each in cls._member_map_.values():
                every |= each._value_
            type.__setattr__(cls, '_all_bits_', every)
        return cls

    def _add_member(cls, key, value, maker, data_type):
        args = value if isinstance(value, tuple) and data_type is not tuple else (value,)
        if maker is not None:
            member = maker(cls, *args)
        elif data_type is object:
            member = object.__new__(cls)
        else:
            member = data_type.__new__(cls, *args)
        if not hasattr(member, '_value_'):
            if data_type is object:
                member._value_ = value
            else:
                member._value_ = data_type(*args)
        member._name_ = key
        member.__objclass__ = cls
        init = getattr(cls, '__init__', None)
        if init is not None and init is not object.__init__ and data_type is object:
            member.__init__(*args)
        elif '__init__' in cls.__dict__:
            member.__init__(*args)
        existing = None
        for other in cls._member_map_.values():
            if other._value_ == member._value_:
                existing = other
                break
        if existing is not None:
            cls._member_map_[key] = existing
            type.__setattr__(cls, key, existing)
            return
        cls._member_names_.append(key)
        cls._member_map_[key] = member
        try:
            cls._value2member_map_[member._value_] = member
        except TypeError:
            pass
        type.__setattr__(cls, key, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is not None:
            return cls._functional(value, names, module, type, start)
        if isinstance(value, cls):  # already a member
            return value
        try:
            return cls._value2member_map_[value]  # fast path
        except (TypeError, KeyError):
            pass
        for each in cls._member_map_.values():
            if each._value_ == value:
                return each
        found = cls._missing_(value)
        if isinstance(found, cls):
            return found
        if found is not None:
            raise TypeError('error in {}._missing_: returned {!r} instead of None or a '
                            'valid member'.format(cls.__name__, found))
        raise ValueError('{!r} is not a valid {}'.format(value, cls.__qualname__))

    def _functional(cls, name, names, module, data_type, start):
        if type(names) is str:
            names = names.replace(',', ' ').split()  # 'A B' or 'A,B'
        if isinstance(names, dict):
            items = list(names.items())
        else:
            items = []
            for i, entry in enumerate(names):
                if isinstance(entry, str):
                    items.append((entry, auto()))
                else:
                    items.append(tuple(entry))
        bases = (cls,) if data_type is None else (data_type, cls)
        ns = {}
        if module is None:
            try:
                module = sys._getframe(2).f_globals.get('__name__', '__main__')
            except (ValueError, AttributeError):
                module = '__main__'
        ns['__module__'] = module
        ns['__qualname__'] = name
        count = start
        for key, value in items:
            if type(value) is auto:
                value = cls._generate_next_value_(key, start, count - start, [])
                if not _is_flag_class(cls):
                    value = count
                count += 1
            ns[key] = value
        return EnumType(name, bases, ns)

    def __getitem__(cls, name):  # Color['RED']
        members = cls._member_map_
        return members[name]

    def __iter__(cls):
        return (cls._member_map_[k] for k in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[k] for k in reversed(cls._member_names_))

    def __len__(cls):
        names = cls._member_names_
        return len(names)

    def __contains__(cls, item):
        if isinstance(item, cls):
            return item._name_ in cls._member_map_
        try:
            return item in cls._value2member_map_
        except TypeError:
            return False

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return _MappingProxy(dict(cls._member_map_))

    def __repr__(cls):
        kind = 'flag' if _is_flag_class(cls) else 'enum'
        return '<{} {!r}>'.format(kind, cls.__name__)

    def __setattr__(cls, name, value):  # members are read-only
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member {!r}'.format(name))
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot delete member {!r}'.format(name))
        super().__delattr__(name)

    def __dir__(cls):
        return ['__class__', '__doc__', '__members__', '__module__'] + list(cls._member_names_)


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):  # the base of all enums
    """Base class of enumerations: class Color(Enum): RED = 1."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):  # for auto()
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):  # hook for failed lookups
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        shown = self._member_type_.__repr__(self._value_) if self._member_type_ is not object \
            else repr(self._value_)
        return '<{}.{}: {}>'.format(type(self).__name__, self._name_, shown)

    def __str__(self):
        return '{}.{}'.format(type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):  # pickle by value
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):  # members are singletons
        return self

    def __dir__(self):
        extra = [k for k in type(self).__dict__ if not k.startswith('_')]
        return sorted(set(['__class__', '__doc__', '__module__', 'name', 'value'] + extra))


class ReprEnum(Enum):
    """Members print (str/format) like their data type; only repr shows the enum."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):  # members are ints
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):  # members are strs
    """Enum whose members are also strs; auto() gives the lower-cased name."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):  # for auto()
        return name.lower()


class Flag(Enum):
    """Members combine with | & ^ ~; auto() gives successive powers of two."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):  # for auto()
        top = 0
        for v in last_values:
            if isinstance(v, int) and v > top:
                top = v
        if not last_values:
            return start
        return 1 << top.bit_length()

    @classmethod
    def _missing_(cls, value):  # build composite members on demand
        if type(value) is not int and not isinstance(value, int):
            return None
        every = cls.__dict__.get('_all_bits_', 0)
        if value < 0:
            value = every & value
        if value & ~every:
            if cls._member_type_ is int:
                pass
            else:
                return None
        return cls._compose(value)

    @classmethod
    def _compose(cls, value):
        known = cls._value2member_map_.get(value)
        if known is not None:
            return known
        if cls._member_type_ is object:  # plain Flag
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        parts = [m._name_ for m in cls._singles() if m._value_ & value == m._value_]
        pseudo._name_ = '|'.join(parts) if parts and value else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def _singles(cls):
        for key in cls._member_names_:
            member = cls._member_map_[key]
            v = member._value_
            if v and v & (v - 1) == 0:
                yield member

    def __contains__(self, other):  # Perm.R in perms
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': {!r} and {!r}".format(
                type(other).__qualname__, type(self).__qualname__))
        bits = other._value_
        return self._value_ & bits == bits

    def __iter__(self):
        return (m for m in type(self)._singles() if m._value_ & self._value_)

    def __len__(self):
        return sum(1 for _ in self)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not (self._member_type_ is int and isinstance(other, int)):
            return NotImplemented
        return type(self)(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not (self._member_type_ is int and isinstance(other, int)):
            return NotImplemented
        return type(self)(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not (self._member_type_ is int and isinstance(other, int)):
            return NotImplemented
        return type(self)(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        every = type(self).__dict__.get('_all_bits_', 0)
        return type(self)(every & ~self._value_)

    def __repr__(self):
        shown = repr(int(self._value_)) if isinstance(self._value_, int) else repr(self._value_)
        if self._name_ is None:
            return '<{}: {}>'.format(type(self).__name__, shown)
        return '<{}.{}: {}>'.format(type(self).__name__, self._name_, shown)

    def __str__(self):
        if self._name_ is None:
            return '{}({!r})'.format(type(self).__name__, self._value_)
        return '{}.{}'.format(type(self).__name__, self._name_)

    def __hash__(self):
        return hash(self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(int(self._value_))

    def __format__(self, spec):
        return format(int(self._value_), spec)

    __repr__ = Flag.__repr__
    __hash__ = Flag.__hash__


def unique(enumeration):
    """Class decorator: refuse aliases (two names with the same value)."""
    doubles = []
    for key, member in enumeration.__members__.items():
        if key != member._name_:
            doubles.append((key, member._name_))
    if doubles:
        text = ', '.join('{} -> {}'.format(a, b) for a, b in doubles)
        raise ValueError('duplicate values found in {!r}: {}'.format(enumeration, text))
    return enumeration
