"""Python operators as functions (minipy: written in Python).

operator.add(a, b) is a + b, operator.itemgetter(1) is lambda x: x[1], etc.
Each function also exists under its dunder name (operator.__add__)."""

_builtin_abs = abs      # captured before this module defines its own abs


# -- comparisons and truth -------------------------------------------------------

def lt(a, b, /):
    "Same as a < b."
    return a < b


def le(a, b, /):
    "Same as a <= b."
    return a <= b


def eq(a, b, /):
    "Same as a == b."
    return a == b


def ne(a, b, /):
    "Same as a != b."
    return a != b


def ge(a, b, /):
    "Same as a >= b."
    return a >= b


def gt(a, b, /):
    "Same as a > b."
    return a > b


def not_(a, /):
    "Same as not a."
    return not a


def truth(a, /):
    "Same as bool(a)."
    return bool(a)


def is_(a, b, /):
    "Same as a is b."
    return a is b


def is_not(a, b, /):
    "Same as a is not b."
    return a is not b


# -- arithmetic and bitwise ------------------------------------------------------

def abs(a, /):
    "Same as abs(a)."
    return _builtin_abs(a)


def add(a, b, /):
    "Same as a + b."
    return a + b


def and_(a, b, /):
    "Same as a & b."
    return a & b


def floordiv(a, b, /):
    "Same as a // b."
    return a // b


def index(a, /):
    "Same as a.__index__()"
    try:
        meth = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__) from None
    return meth(a)


def inv(a, /):
    "Same as ~a."
    return ~a


invert = inv


def lshift(a, b, /):
    "Same as a << b."
    return a << b


def mod(a, b, /):
    "Same as a % b."
    return a % b


def mul(a, b, /):
    "Same as a * b."
    return a * b


def matmul(a, b, /):
    "Same as a @ b."
    return a @ b


def neg(a, /):
    "Same as -a."
    return -a


def or_(a, b, /):
    "Same as a | b."
    return a | b


def pos(a, /):
    "Same as +a."
    return +a


def pow(a, b, /):
    "Same as a ** b."
    return a ** b


def rshift(a, b, /):
    "Same as a >> b."
    return a >> b


def sub(a, b, /):
    "Same as a - b."
    return a - b


def truediv(a, b, /):
    "Same as a / b."
    return a / b


def xor(a, b, /):
    "Same as a ^ b."
    return a ^ b


# -- sequences -------------------------------------------------------------------

def _check_concat(a):
    if getattr(a, '__getitem__', None) is None:      # not a sequence
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(a, b, /):
    "Sequence concatenation a + b."
    _check_concat(a)
    return a + b


def contains(a, b, /):
    "Same as b in a (the container comes first)."
    return b in a


def countOf(a, b, /):
    "How many items of a are b or equal to b."
    n = 0
    for item in a:
        if item is b or item == b:
            n += 1
    return n


def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]


def getitem(a, b, /):
    "Same as a[b]."
    return a[b]


def indexOf(a, b, /):
    "Position of the first item of a that is b or equal to b."
    i = 0
    for item in a:
        if item is b or item == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c


def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj (len() when it is
    defined, else __length_hint__(), else default)."""
    if type(default) is not int and not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    estimate = getattr(type(obj), '__length_hint__', None)
    if estimate is None:
        return default
    try:
        n = estimate(obj)
    except TypeError:
        return default
    if n is NotImplemented:
        return default
    if type(n) is not int and not isinstance(n, int):
        raise TypeError('__length_hint__ must be integer, not %s' % type(n).__name__)
    if n < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return n


def call(obj, /, *a, **kw):
    "Same as obj(*args, **kwargs)."
    return obj(*a, **kw)


# -- callables built from operations ---------------------------------------------

def _dotted(name):
    parts = name.split('.')

    def walk(obj):
        for p in parts:
            obj = getattr(obj, p)
        return obj
    return walk if len(parts) > 1 else None


class attrgetter:
    """attrgetter(attr, ...) --> callable fetching the given attribute(s);
    dotted names like 'a.b' fetch nested attributes."""
    __slots__ = ('_names', '_fetch')

    def __init__(self, attr, /, *more):
        names = (attr,) + more
        if not all(isinstance(n, str) for n in names):
            raise TypeError('attribute name must be a string')
        self._names = names
        getters = []
        for n in names:
            walk = _dotted(n)
            getters.append(walk if walk is not None else _plain_attr(n))
        if len(getters) == 1:
            self._fetch = getters[0]
        else:
            self._fetch = lambda obj: tuple([g(obj) for g in getters])

    def __call__(self, obj, /):
        return self._fetch(obj)

    def __repr__(self):
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(map(repr, self._names)))

    def __reduce__(self):
        return type(self), self._names


def _plain_attr(name):
    return lambda obj: getattr(obj, name)


class itemgetter:
    """itemgetter(item, ...) --> callable fetching obj[item] (a tuple of
    them when several items are given)."""
    __slots__ = ('_items', '_one', '_many')

    def __init__(self, item, /, *more):
        self._items = (item,) + more
        self._many = bool(more)
        self._one = item

    def __call__(self, obj, /):
        if self._many:
            return tuple([obj[i] for i in self._items])
        return obj[self._one]

    def __repr__(self):
        shown = ', '.join([repr(i) for i in self._items])
        return '%s.%s(%s)' % (type(self).__module__, type(self).__name__, shown)

    def __reduce__(self):
        return type(self), self._items


class methodcaller:
    """methodcaller(name, /, *args, **kwargs) --> callable invoking
    obj.name(*args, **kwargs)."""
    __slots__ = ('_name', '_pos', '_kw')

    def __init__(self, name, /, *pos, **kw):
        if type(name) is not str and not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name, self._pos, self._kw = name, pos, kw

    def __call__(self, obj, /):
        bound = getattr(obj, self._name)
        return bound(*self._pos, **self._kw)

    def __repr__(self):
        shown = [repr(self._name)]
        shown.extend(map(repr, self._pos))
        shown.extend(['%s=%r' % kv for kv in self._kw.items()])
        return '%s.%s(%s)' % (type(self).__module__, type(self).__name__,
                              ', '.join(shown))

    def __reduce__(self):
        if not self._kw:
            return type(self), (self._name,) + self._pos
        import functools
        return functools.partial(type(self), self._name, **self._kw), self._pos


# -- in-place forms --------------------------------------------------------------

def iadd(a, b, /):
    "Same as a += b."
    a += b
    return a


def iand(a, b, /):
    "Same as a &= b."
    a &= b
    return a


def iconcat(a, b, /):
    "Sequence concatenation in place, a += b."
    _check_concat(a)
    a += b
    return a


def ifloordiv(a, b, /):
    "Same as a //= b."
    a //= b
    return a


def ilshift(a, b, /):
    "Same as a <<= b."
    a <<= b
    return a


def imod(a, b, /):
    "Same as a %= b."
    a %= b
    return a


def imul(a, b, /):
    "Same as a *= b."
    a *= b
    return a


def imatmul(a, b, /):
    "Same as a @= b."
    a @= b
    return a


def ior(a, b, /):
    "Same as a |= b."
    a |= b
    return a


def ipow(a, b, /):
    "Same as a **= b."
    a **= b
    return a


def irshift(a, b, /):
    "Same as a >>= b."
    a >>= b
    return a


def isub(a, b, /):
    "Same as a -= b."
    a -= b
    return a


def itruediv(a, b, /):
    "Same as a /= b."
    a /= b
    return a


def ixor(a, b, /):
    "Same as a ^= b."
    a ^= b
    return a


# The dunder aliases (operator.__add__ is operator.add, ...).
for _name in ('lt le eq ne ge gt abs add and floordiv index inv invert lshift '
              'mod mul matmul neg not or pos pow rshift sub truediv xor concat '
              'contains delitem getitem setitem iadd iand iconcat ifloordiv '
              'ilshift imod imul imatmul ior ipow irshift isub itruediv ixor '
              'call').split():
    globals()['__%s__' % _name] = globals()[_name + '_' if _name in ('and', 'or', 'not')
                                            else _name]
del _name

__all__ = [n for n in globals() if not n.startswith('_')]
