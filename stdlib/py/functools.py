"""Higher-order functions and operations on callables (minipy: written in Python)."""

__all__ = [
    'reduce', 'partial', 'partialmethod',
    'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
    'lru_cache', 'cache', 'cached_property',
    'total_ordering', 'cmp_to_key',
    'singledispatch', 'singledispatchmethod',
]

# attributes update_wrapper copies, and those whose dicts it merges
WRAPPER_ASSIGNMENTS = (
    '__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__', )

_MISSING = object()


# -- reduce ----------------------------------------------------------------------

def reduce(function, sequence, initial=_MISSING, /):
    """reduce(function, iterable[, initial]) -> value

    Fold the items of iterable from the left with a two-argument function."""
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    acc = initial
    if acc is _MISSING:
        for acc in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in it:
        acc = function(acc, item)
    return acc


# -- partial ---------------------------------------------------------------------

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords."""

    __slots__ = ('_fn', '_pos', '_kw', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        fn, pos = args[0], args[1:]
        if not callable(fn):
            raise TypeError('the first argument must be callable')
        # Nesting partials flattens them, unless the inner one carries extra state.
        if isinstance(fn, partial) and not fn.__dict__:
            pos = fn._pos + pos
            keywords = {**fn._kw, **keywords}
            fn = fn._fn
        made = object.__new__(cls)
        made._fn, made._pos, made._kw = fn, pos, keywords
        return made

    def __call__(self, /, *more, **morekw):
        if self._kw:
            morekw = {**self._kw, **morekw}
        return self._fn(*self._pos, *more, **morekw)

    @property
    def func(self):
        """function object to use in future partial calls"""
        return self._fn

    @property
    def args(self):
        """tuple of arguments to future partial calls"""
        return self._pos

    @property
    def keywords(self):
        """dictionary of keyword arguments to future partial calls"""
        return self._kw

    def __repr__(self):
        kind = type(self)
        name = 'functools.partial' if kind is partial else kind.__name__
        parts = [repr(self._fn)]
        parts.extend(repr(a) for a in self._pos)
        parts.extend('%s=%r' % kv for kv in self._kw.items())
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self._fn,),
                (self._fn, self._pos, self._kw, self.__dict__ or None))

    def __setstate__(self, st):
        fn, pos, kw, extra = st
        self._fn, self._pos, self._kw = fn, tuple(pos), dict(kw or {})
        if extra:
            self.__dict__.update(extra)

    def __class_getitem__(cls, item):
        return cls


class partialmethod:
    """Like partial, but binds as a method: the instance comes first."""

    def __init__(self, func, /, *pos, **kw):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        inner = func
        if type(inner) is partialmethod or isinstance(inner, partialmethod):
            pos = inner.args + pos
            kw = {**inner.keywords, **kw}
            inner = inner.func
        self.func, self.args, self.keywords = inner, pos, kw

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % kv for kv in self.keywords.items())
        kind = type(self)
        return '%s.%s(%s)' % (kind.__module__, kind.__qualname__, ', '.join(parts))

    def __get__(self, obj, owner=None):
        get = getattr(self.func, '__get__', None)
        if get is not None and not isinstance(self.func, partial):
            target = get(obj, owner)
            if target is not self.func:
                # The underlying descriptor did its own binding (classmethod...).
                return partial(target, *self.args, **self.keywords)
        fn, pos, kw = self.func, self.args, self.keywords

        def bound(*more, **morekw):
            return fn(obj, *pos, *more, **{**kw, **morekw})
        bound.__partialmethod__ = self
        return bound

    __isabstractmethod__ = property(
        lambda self: getattr(self.func, '__isabstractmethod__', False))


# -- wrapping --------------------------------------------------------------------

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the `assigned` attributes, merge
    the `updated` dictionaries, and record wrapped as __wrapped__."""
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            try:
                setattr(wrapper, name, value)
            except AttributeError:
                # minipy: function __annotations__ is read-only (see report)
                if name != '__annotations__':
                    raise
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so an inherited __wrapped__ copied from __dict__ is replaced.
    setattr(wrapper, '__wrapped__', wrapped)
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory: apply update_wrapper() with wrapped fixed."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# -- total_ordering --------------------------------------------------------------

# For each comparison: (is it strict?, its complement, its mirror image).
_ORDER_TABLE = {
    '__lt__': (True, '__ge__', '__gt__'),
    '__le__': (False, '__gt__', '__ge__'),
    '__gt__': (True, '__le__', '__lt__'),
    '__ge__': (False, '__lt__', '__le__'),
}


def _derive(root, target):
    strict = _ORDER_TABLE[root][0]
    complement, mirror = _ORDER_TABLE[root][1], _ORDER_TABLE[root][2]

    if target == complement:
        def op(self, other):
            r = getattr(type(self), root)(self, other)
            if r is NotImplemented:
                return r
            return not r
    elif target == mirror:
        # a > b  <=>  not (a < b) and a != b ;  a >= b  <=>  not (a <= b) or a == b
        if strict:
            def op(self, other):
                r = getattr(type(self), root)(self, other)
                if r is NotImplemented:
                    return r
                return not r and self != other
        else:
            def op(self, other):
                r = getattr(type(self), root)(self, other)
                if r is NotImplemented:
                    return r
                return not r or self == other
    else:
        # same direction, the other strictness
        if strict:
            def op(self, other):
                r = getattr(type(self), root)(self, other)
                if r is NotImplemented:
                    return r
                return r or self == other
        else:
            def op(self, other):
                r = getattr(type(self), root)(self, other)
                if r is NotImplemented:
                    return r
                return r and self != other
    op.__name__ = target
    return op


def total_ordering(cls):
    """Class decorator filling in the missing rich comparisons from one of
    __lt__, __le__, __gt__ or __ge__."""
    defined = [name for name in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    root = defined[0]      # preference order: < then <= then > then >=
    for name in _ORDER_TABLE:
        if name not in defined:
            setattr(cls, name, _derive(root, name))
    return cls


# -- cmp_to_key --------------------------------------------------------------------

def cmp_to_key(mycmp):
    """Convert an old-style cmp= function into a key= function."""

    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __hash__(self):
            # the C type's name includes the module, so spell it out
            raise TypeError("unhashable type: 'functools.KeyWrapper'")

        def _order(self, rhs):
            if type(rhs) is not KeyWrapper:
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, rhs.obj)

        __lt__ = lambda a, b: a._order(b) < 0
        __gt__ = lambda a, b: a._order(b) > 0
        __eq__ = lambda a, b: a._order(b) == 0
        __le__ = lambda a, b: a._order(b) <= 0
        __ge__ = lambda a, b: a._order(b) >= 0

    KeyWrapper.__module__ = 'functools'
    return KeyWrapper


# -- caches ----------------------------------------------------------------------

_cache_info_type = None


def _info(hits, misses, maxsize, currsize):
    global _cache_info_type
    if _cache_info_type is None:
        import collections
        _cache_info_type = collections.namedtuple(
            'CacheInfo', 'hits misses maxsize currsize')
        _cache_info_type.__module__ = 'functools'
    return _cache_info_type(hits, misses, maxsize, currsize)


_BARE_KEY_TYPES = (int, str)
_KW_SEP = object()      # separates positional from keyword parts of a cache key


def _key_maker(typed):
    if typed:
        def key(args, kwds):
            k = args
            if kwds:
                k += (_KW_SEP,)
                for item in kwds.items():
                    k += item
                k += tuple(type(v) for v in args)
                k += tuple(type(v) for v in kwds.values())
            else:
                k += tuple(type(v) for v in args)
            return k
    else:
        def key(args, kwds):
            if kwds:
                k = args + (_KW_SEP,)
                for item in kwds.items():
                    k += item
                return k
            if len(args) == 1:
                a = args[0]
                t = type(a)
                if t is int or t is str:
                    return a
            return args
    return key


def _make_lru(user_function, maxsize, typed):
    make_key = _key_maker(typed)
    store = {}
    hits = misses = 0

    if maxsize == 0:
        def cached(*args, **kw):
            nonlocal misses
            misses += 1
            return user_function(*args, **kw)
    elif maxsize is None:
        def cached(*args, **kw):
            nonlocal hits, misses
            if kw or typed:
                k = make_key(args, kw)
            elif len(args) == 1 and type(args[0]) in _BARE_KEY_TYPES:
                k = args[0]         # as CPython: observable, 1 and (1.0,) differ
            else:
                k = args
            r = store.get(k, _MISSING)
            if r is not _MISSING:
                hits += 1
                return r
            misses += 1
            r = user_function(*args, **kw)
            store[k] = r
            return r
    else:
        def cached(*args, **kw):
            nonlocal hits, misses
            if kw or typed:
                k = make_key(args, kw)
            elif len(args) == 1 and type(args[0]) in _BARE_KEY_TYPES:
                k = args[0]         # as CPython: observable, 1 and (1.0,) differ
            else:
                k = args
            r = store.pop(k, _MISSING)
            if r is not _MISSING:
                # Re-inserting moves the entry to the most-recent end.
                store[k] = r
                hits += 1
                return r
            misses += 1
            r = user_function(*args, **kw)
            if k not in store:          # a recursive call may have filled it
                if len(store) >= maxsize:
                    for oldest in store:
                        break
                    del store[oldest]
                store[k] = r
            return r

    def cache_info():
        """Hits, misses, maxsize and current size, as a CacheInfo tuple."""
        return _info(hits, misses, maxsize, len(store))

    def cache_clear():
        """Forget every cached result and reset the counters."""
        nonlocal hits, misses
        store.clear()
        hits = misses = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    update_wrapper(cached, user_function)
    cached.cache_info = cache_info
    cached.cache_clear = cache_clear
    cached.cache_parameters = cache_parameters
    return cached


def lru_cache(maxsize=128, typed=False):
    """Memoize a function, keeping at most maxsize recent results
    (unbounded when maxsize is None)."""
    if maxsize is None:
        limit = None
    elif isinstance(maxsize, int):
        limit = maxsize if maxsize > 0 else 0
    elif callable(maxsize) and isinstance(typed, bool):
        # used bare: @lru_cache
        return _make_lru(maxsize, 128, typed)
    else:
        raise TypeError('Expected first argument to be an integer, a callable, '
                        'or None')
    return lambda fn: _make_lru(fn, limit, typed)


def cache(fn, /):
    """Simple unbounded cache (lru_cache(maxsize=None))."""
    return _make_lru(fn, None, False)


# -- cached_property -------------------------------------------------------------

class cached_property:
    """Property computed once per instance and then stored in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)
        self.__module__ = getattr(func, '__module__', None)

    def __set_name__(self, owner, attr):
        prev = self.attrname
        if prev is None:
            self.attrname = attr
        elif prev != attr:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                '(%r and %r).' % (prev, attr))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        try:
            d = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, name)) from None
        value = d.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            d[name] = value
        return value

    def __class_getitem__(cls, item):
        return cls


# -- singledispatch --------------------------------------------------------------

def _first_annotation(func):
    ann = getattr(func, '__annotations__', None) or {}
    for name, kind in ann.items():
        if name != 'return':
            return kind
    raise TypeError('Invalid first argument to `register()`: %r. Use either '
                    '`@register(some_class)` or plain `@register` on an '
                    'annotated function.' % (func,))


def singledispatch(func):
    """Make func a generic function dispatching on its first argument's type."""
    registry = {object: func}
    resolved = {}

    def dispatch(cls):
        """Return the implementation registered for cls (or its nearest base)."""
        impl = resolved.get(cls)
        if impl is None:
            for base in cls.__mro__:
                impl = registry.get(base)
                if impl is not None:
                    break
            else:
                impl = func
            resolved[cls] = impl
        return impl

    def register(kind, impl=None):
        """Register impl as the implementation for class `kind`; with impl
        omitted, return a decorator."""
        if not isinstance(kind, type):
            if impl is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                '%r is not a class.' % (kind,))
            impl = kind
            kind = _first_annotation(impl)
            if not isinstance(kind, type):
                raise TypeError('Invalid annotation for %r. %r is not a class.'
                                % (impl, kind))
        elif impl is None:
            return lambda f: register(kind, f)
        registry[kind] = impl
        resolved.clear()
        return impl

    fname = getattr(func, '__name__', 'singledispatch function')

    def generic(*args, **kw):
        if args:
            return dispatch(args[0].__class__)(*args, **kw)
        raise TypeError('%s requires at least 1 positional argument' % fname)

    update_wrapper(generic, func)
    generic.register = register
    generic.dispatch = dispatch
    generic.registry = registry
    generic._clear_cache = resolved.clear
    return generic


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first non-self argument."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        """Register method for cls (decorator form when method is omitted)."""
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, owner=None):
        pick = self.dispatcher.dispatch

        def bound(*args, **kw):
            chosen = pick(args[0].__class__).__get__(obj, owner)
            return chosen(*args, **kw)
        update_wrapper(bound, self.func)
        bound.register = self.register
        return bound

    __isabstractmethod__ = property(
        lambda self: getattr(self.func, '__isabstractmethod__', False))
