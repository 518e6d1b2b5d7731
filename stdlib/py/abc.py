"""Abstract base classes: ABCMeta, ABC, abstractmethod and virtual subclasses
(minipy: written in Python from the documented behaviour)."""


def abstractmethod(funcobj):  # decorator
    """Mark a method abstract: a class with any left unimplemented cannot be instantiated."""
    setattr(funcobj, '__isabstractmethod__', True)
    return funcobj


def _abstract_wrapper(base, label):
    # The deprecated abstract* decorators: a classmethod/staticmethod/property
    # whose wrapped function is marked abstract.
    def setup(self, fn):
        fn.__isabstractmethod__ = True
        base.__init__(self, fn)
    body = {'__isabstractmethod__': True}
    if base is not property:
        body['__init__'] = setup
    return type(label, (base,), body)

abstractclassmethod = _abstract_wrapper(classmethod, 'abstractclassmethod')
abstractstaticmethod = _abstract_wrapper(staticmethod, 'abstractstaticmethod')
abstractproperty = _abstract_wrapper(property, 'abstractproperty')


def _is_abstract(value):
    return bool(getattr(value, '__isabstractmethod__', False))


def _abstract_names(cls, own_namespace, bases):
    pending = {name for name, value in own_namespace.items() if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                pending.add(name)
    return frozenset(pending)


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods, and lets classes
    count as subclasses by registration or by __subclasshook__."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):  # build, then tally
        cls = type.__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_registered = set()
        cls._abc_yes = set()
        cls._abc_no = set()
        return cls

    def register(cls, subclass):  # also a class decorator
        """Make subclass a virtual subclass of cls; returns it (usable as a decorator)."""
        if not isinstance(subclass, type):  # only classes
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):  # nothing to do
            return subclass
        if issubclass(cls, subclass):  # would loop
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registered.add(subclass)
        ABCMeta._abc_generation += 1
        return subclass

    _abc_generation = 0

    def __instancecheck__(cls, instance):  # isinstance(instance, cls)
        kind = type(instance)
        if cls.__subclasscheck__(kind):
            return True
        declared = getattr(instance, '__class__', kind)
        return declared is not kind and cls.__subclasscheck__(declared)

    def __subclasscheck__(cls, subclass):  # issubclass(subclass, cls)
        if not isinstance(subclass, type):  # CPython's wording
            raise TypeError('issubclass() arg 1 must be a class')
        if cls.__dict__.get('_abc_stamp') != ABCMeta._abc_generation:
            cls._abc_no = set()
            cls._abc_stamp = ABCMeta._abc_generation
        if subclass in cls._abc_yes:
            return True
        if subclass in cls._abc_no:
            return False
        verdict = cls._abc_decide(subclass)
        (cls._abc_yes if verdict else cls._abc_no).add(subclass)
        return verdict

    def _abc_decide(cls, subclass):
        hook = cls.__subclasshook__(subclass)
        if hook is not NotImplemented:
            return bool(hook)
        if cls in subclass.__mro__:
            return True
        for virtual in cls._abc_registered:
            if issubclass(subclass, virtual):
                return True
        for child in type.__subclasses__(cls):
            if child is not subclass and issubclass(subclass, child):
                return True
        return False

    def _dump_registry(cls, file=None):  # debugging aid
        print('Class: {}.{}'.format(cls.__module__, cls.__qualname__), file=file)
        print('Registered: {}'.format(cls._abc_registered), file=file)

    def _abc_registry_clear(cls):  # forget registrations
        cls._abc_registered = set()
        ABCMeta._abc_generation += 1

    def _abc_caches_clear(cls):  # forget verdicts
        cls._abc_yes = set()
        cls._abc_no = set()


def get_cache_token():
    return ABCMeta._abc_generation


def update_abstractmethods(cls):  # after monkey-patching
    """Recompute cls.__abstractmethods__ after methods were added or replaced."""
    if not hasattr(cls, '__abstractmethods__'):  # not an ABC
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, dict(cls.__dict__), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class whose subclasses are abstract base classes."""
    __slots__ = ()
