"""Shallow and deep copy operations (minipy: written in Python).

copy(x) makes a new container holding the same items; deepcopy(x) copies
the items too, recursively, preserving shared and cyclic references.
Classes can take over with __copy__() and __deepcopy__(memo), or through
the pickle protocol (__reduce_ex__, __getstate__/__setstate__)."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error       # the old name


def _function():
    pass


class _Probe:
    def method(self):
        pass


# Values that are immutable, or whose copy is themselves by definition.
_SAME = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
         complex, str, bytes, range, type, type(_function), type(len),
         type(_Probe().method), property, type(_function.__code__)}

_SHALLOW = {
    list: list.copy,
    dict: dict.copy,
    set: set.copy,
    bytearray: bytearray,
    tuple: lambda x: x,
    frozenset: lambda x: x,
}


def _reduce(x, cls):
    ex = getattr(cls, '__reduce_ex__', None)
    if ex is object.__reduce_ex__ and getattr(cls, '__reduce__', None) is not object.__reduce__:
        # minipy: object.__reduce_ex__ does not defer to an overridden
        # __reduce__ as CPython's does, so call it here.
        ex = None
    if ex is not None:
        rv = ex(x, 4)
    else:
        plain = getattr(cls, '__reduce__', None)
        if plain is None:
            raise Error('un(shallow)copyable object of type %s' % (cls,))
        rv = plain(x)
    if type(rv) is tuple and (isinstance(x, (list, dict)) and len(rv) >= 2
                              and cls.__reduce_ex__ is object.__reduce_ex__
                              and cls.__reduce__ is object.__reduce__):
        # minipy: object.__reduce_ex__ leaves out the items of list and dict
        # subclasses; supply them as CPython does.
        rv = list(rv) + [None] * (5 - len(rv))
        if isinstance(x, list) and rv[3] is None:
            rv[3] = iter(x)
        if isinstance(x, dict) and rv[4] is None:
            rv[4] = iter(x.items())
        rv = tuple(rv)
    return rv


def _rebuild(x, memo, func, args, state=None, listitems=None, dictitems=None,
             *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)       # the state may share with args
        setter = getattr(y, '__setstate__', None)
        if setter is not None:
            setter(state)
        else:
            slots = None
            if type(state) is tuple and len(state) == 2:
                state, slots = state            # (__dict__ part, __slots__ part)
            if state:
                y.__dict__.update(state)
            if slots:
                for name, value in slots.items():
                    setattr(y, name, value)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for k, v in dictitems:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls in _SAME:
        return x
    quick = _SHALLOW.get(cls)
    if quick is not None:
        return quick(x)
    if issubclass(cls, type):
        return x
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _rebuild(x, None, *rv)


# -- deep copies -----------------------------------------------------------------

def _deep_list(x, memo):
    y = []
    memo[id(x)] = y             # before the items: they may refer back to x
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A cycle through x may already have produced its copy.
    done = memo.get(id(x))
    if done is not None:
        return done
    for a, b in zip(x, items):
        if a is not b:
            return tuple(items)
    return x


def _deep_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for k, v in x.items():
        y[deepcopy(k, memo)] = deepcopy(v, memo)
    return y


def _deep_set(x, memo):
    return {deepcopy(item, memo) for item in x}


def _deep_frozenset(x, memo):
    # not treated as atomic: like CPython, always a new frozenset
    return frozenset([deepcopy(item, memo) for item in x])


_DEEP = {
    list: _deep_list,
    tuple: _deep_tuple,
    dict: _deep_dict,
    set: _deep_set,
    frozenset: _deep_frozenset,
    bytearray: lambda x, memo: bytearray(x),
}


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id() of already copied objects to copies."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _SAME:
        return x
    maker = _DEEP.get(cls)
    if maker is not None:
        y = maker(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            y = hook(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _rebuild(x, memo, *rv)
    if y is not x:
        memo[key] = y
        # Keep x alive while memo lives, so its id() cannot be reused.
        keep = memo.get(id(memo))
        if keep is None:
            memo[id(memo)] = [x]
        else:
            keep.append(x)
    return y
