# Cycles through functions, cells, classes, modules, bound methods, tracebacks,
# coroutines and functools.partial, each observed through a finalizer in the group.
import gc
import functools

gc.disable()


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def closure_cycle():
    m = Marker("closure")

    def inner():
        return inner, m     # inner's cell refers to inner itself
    return None


closure_cycle()
gc.collect()


def defaults_cycle():
    def f(x=[]):
        return x
    f.__defaults__[0].append(f)
    f.marker = Marker("function dict")


defaults_cycle()
gc.collect()


def class_cycle():
    class C:
        marker = Marker("class attribute")

        def method(self):
            return __class__   # the __class__ cell: C -> method -> cell -> C

    C.me = C


class_cycle()
gc.collect()


def subclass_cycle():
    class Base:
        pass

    class Derived(Base):
        pass

    Derived.marker = Marker("derived class")
    Base.sub = Derived


subclass_cycle()
gc.collect()
gc.collect()


def instance_class_cycle():
    class K:
        pass
    k = K()
    K.instance = k
    k.marker = Marker("instance of its class")


instance_class_cycle()
gc.collect()


def bound_method_cycle():
    class A:
        def f(self):
            pass
    a = A()
    a.m = a.f
    a.marker = Marker("bound method")


bound_method_cycle()
gc.collect()


def partial_cycle():
    def f(*args):
        return args
    holder = []
    p = functools.partial(f, holder, Marker("partial"))
    holder.append(p)


partial_cycle()
gc.collect()


def module_cycle():
    import types
    m = types.ModuleType("scratch")
    m.me = m
    m.marker = Marker("module")


module_cycle()
gc.collect()


class Boom(Exception):
    def __del__(self):
        print("freed exception")


def traceback_cycle():
    def g():
        try:
            raise Boom("x")
        except Boom as e:
            err = e            # exc -> tb -> this frame -> err -> exc
        yield err
    it = g()
    next(it)
    return it


it = traceback_cycle()
it2 = it
del it, it2
gc.collect()


async def coro(box):
    box.append(Marker("coroutine arg"))
    await Awaitable()


class Awaitable:
    def __await__(self):
        yield


def coroutine_cycle():
    box = []
    c = coro(box)
    box.append(c)
    c.send(None)


coroutine_cycle()
gc.collect()


async def agen(box):
    try:
        yield 1
    finally:
        print("async generator finally")


def async_generator_cycle():
    box = []
    a = agen(box)
    box.append(a)
    box.append(Marker("async generator"))


async_generator_cycle()
gc.collect()
print("end")
