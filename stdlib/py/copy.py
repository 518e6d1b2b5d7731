"""Shallow and deep copy operations (minipy: written in Python)."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), type(len), type(lambda: 0), property)


def copy(x):
    cls = type(x)
    if cls in _atomic or cls is frozenset or (cls is tuple):
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x) if cls is not dict else dict(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reductor = getattr(x, "__reduce_ex__", None)
    return _reconstruct_shallow(x)


def _reconstruct_shallow(x):
    cls = type(x)
    y = cls.__new__(cls)
    d = getattr(x, '__dict__', None)
    if d is not None:
        y.__dict__.update(d)
    for name in _slot_names(cls):
        if hasattr(x, name):
            setattr(y, name, getattr(x, name))
    return y


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for s in slots:
            if s not in ('__dict__', '__weakref__'):
                names.append(s)
    return names


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = cls.__new__(cls)
            memo[d] = y
            state = getattr(x, '__dict__', None)
            if state is not None:
                y.__dict__.update(deepcopy(state, memo))
            for name in _slot_names(cls):
                if hasattr(x, name):
                    setattr(y, name, deepcopy(getattr(x, name), memo))
    memo[d] = y
    return y
