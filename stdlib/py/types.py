"""Names for the interpreter's built-in types, plus SimpleNamespace and a few
helpers (minipy: written in Python from the documented behaviour)."""

import sys

def _fn():
    pass

FunctionType = type(_fn)
LambdaType = type(lambda: None)
CodeType = type(_fn.__code__)
MappingProxyType = type(object.__dict__)
SimpleNamespace = None   # defined below
CellType = type((lambda v: (lambda: v))(0).__closure__[0]) \
    if (lambda v: (lambda: v))(0).__closure__ else None

def _gen():
    yield
GeneratorType = type(_gen())

async def _co():
    pass
_pending = _co()
CoroutineType = type(_pending)
_pending.close()
del _pending

async def _ag():
    yield
AsyncGeneratorType = type(_ag())

class _Holder:
    def method(self):
        pass
MethodType = type(_Holder().method)
BuiltinFunctionType = type(abs)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__setattr__)
MethodWrapperType = type((0).__add__)
MethodDescriptorType = type(str.upper)
ClassMethodDescriptorType = type(vars(dict)['fromkeys'])
ModuleType = type(sys)
FrameType = type(sys._getframe())

try:
    raise TypeError
except TypeError as _caught:
    TracebackType = type(_caught.__traceback__)
    del _caught

GetSetDescriptorType = type(FunctionType.__dict__['__code__']) \
    if '__code__' in FunctionType.__dict__ else type(type.__dict__['__dict__'])
class _Slotted:
    __slots__ = ('slot',)
MemberDescriptorType = type(_Slotted.__dict__['slot'])
del _Slotted
NoneType = type(None)
NotImplementedType, EllipsisType = type(NotImplemented), type(...)
GenericAlias = type(tuple[str])
try:
    UnionType = type(float | None)
except TypeError:
    # minipy has no X | Y on classes yet
    UnionType = None

del _fn, _gen, _co, _ag, _Holder


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, *positional, **attrs):
        if positional:
            raise TypeError('no positional arguments expected')
        for name in attrs:
            setattr(self, name, attrs[name])

    def __repr__(self):
        label = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        active = _repr_active
        mark = id(self)
        if mark in active:
            return label + '(...)'
        active.add(mark)
        try:
            inner = ', '.join('{}={!r}'.format(k, v) for k, v in self.__dict__.items())
        finally:
            active.discard(mark)
        return '{}({})'.format(label, inner)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))

_repr_active = set()


# -- generator-based coroutines -------------------------------------------------

class _AwaitableGenerator:
    """What a types.coroutine-decorated generator function returns: the generator,
    made usable with await (minipy's code objects cannot be re-flagged)."""

    __slots__ = ('_gen',)

    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    gi_code = property(lambda self: self._gen.gi_code)
    gi_frame = property(lambda self: self._gen.gi_frame)
    gi_running = property(lambda self: self._gen.gi_running)
    gi_yieldfrom = property(lambda self: self._gen.gi_yieldfrom)

    def __repr__(self):
        return repr(self._gen)


def coroutine(func):
    """Make a generator function usable as a coroutine (its result can be awaited)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if isinstance(func, FunctionType):
        flags = func.__code__.co_flags
        if flags & 0x180:
            # already a coroutine function, or already marked
            return func
        if flags & 0x20:
            # a generator function: its code is marked CO_ITERABLE_COROUTINE, as CPython,
            # so its generators can be awaited and may `yield from` a coroutine
            func.__code__ = func.__code__.replace(co_flags=flags | 0x100)
            return func

    def wrapped(*a, **kw):
        made = func(*a, **kw)
        if isinstance(made, (CoroutineType, _AwaitableGenerator)):
            return made
        if isinstance(made, GeneratorType):
            return _AwaitableGenerator(made)
        return made

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


# -- building classes -----------------------------------------------------------

def resolve_bases(bases):
    out = []
    changed = False
    for base in bases:
        if not isinstance(base, type) and hasattr(base, '__mro_entries__'):
            extra = base.__mro_entries__(bases)
            if not isinstance(extra, tuple):
                raise TypeError('__mro_entries__ must return a tuple')
            out.extend(extra)
            changed = True
        else:
            out.append(base)
    return tuple(out) if changed else bases


def prepare_class(name, bases=(), kwds=None):  # -> (metaclass, namespace, kwds)
    kwds = dict(kwds) if kwds else {}
    if 'metaclass' in kwds:
        meta = kwds['metaclass']
        del kwds['metaclass']
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):  # pick the most derived metaclass
        for base in bases:
            kind = type(base)
            if issubclass(meta, kind):
                continue
            if issubclass(kind, meta):
                meta = kind
                continue
            raise TypeError('metaclass conflict')
    prep = getattr(meta, '__prepare__', None)
    ns = prep(name, bases, **kwds) if prep is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):  # dynamic class statement
    real = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, real, kwds)
    if exec_body is not None:
        exec_body(ns)
    if real is not bases:
        ns.update(__orig_bases__=bases)
    return meta(name, real, ns, **kwds)


class DynamicClassAttribute(property):
    """A property that falls back to the class's __getattr__ when read on the class."""

    def __get__(self, instance, owner=None):  # class access -> __getattr__
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        return property.__get__(self, instance, owner)
