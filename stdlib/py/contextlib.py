"""Utilities for with-statement contexts (minipy: written in Python)."""

import sys

__all__ = ['contextmanager', 'asynccontextmanager', 'suppress', 'closing',
           'aclosing', 'nullcontext', 'redirect_stdout', 'redirect_stderr',
           'ExitStack', 'AsyncExitStack', 'ContextDecorator',
           'AsyncContextDecorator', 'AbstractContextManager',
           'AbstractAsyncContextManager', 'chdir']


def _copy_meta(dst, src):
    # Enough of functools.wraps to keep names and docs, without importing it.
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(dst, name, getattr(src, name))
        except AttributeError:
            pass
    try:
        dst.__dict__.update(src.__dict__)
    except AttributeError:
        pass
    dst.__wrapped__ = src
    return dst


class AbstractContextManager:
    """Base giving __enter__ that returns self; subclasses define __exit__."""

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        return None

    def __class_getitem__(cls, item):
        return cls


class AbstractAsyncContextManager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        return None

    def __class_getitem__(cls, item):
        return cls


_SyncCM = AbstractContextManager
_AsyncCM = AbstractAsyncContextManager


class ContextDecorator:
    """Lets a context manager be used as a function decorator too."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def run_inside(*a, **kw):
            with self._recreate_cm():
                return func(*a, **kw)
        return _copy_meta(run_inside, func)


class AsyncContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def run_inside(*a, **kw):
            cm = self._recreate_cm()
            async with cm:
                return await func(*a, **kw)
        return _copy_meta(run_inside, func)


# -- generator based managers -------------------------------------------------

_NO_YIELD = "generator didn't yield"
_NO_STOP = "generator didn't stop"


class _GenManagerBase:
    def __init__(self, fn, fn_args, fn_kw):
        self.gen = fn(*fn_args, **fn_kw)
        self.func = fn
        self.args = fn_args
        self.kwds = fn_kw
        doc = getattr(fn, '__doc__', None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # A decorated function may run many times: each call needs a new generator.
        return type(self)(self.func, self.args, self.kwds)

    def _entered(self):
        # Once entered, re-creation is no longer possible (as in CPython).
        del self.func
        del self.args
        del self.kwds

    def _thrown_result(self, outcome, value, tb):
        """Decide __exit__'s result from the exception `outcome` that came out
        of the generator after `value` was thrown into it."""
        if outcome is value:
            outcome.__traceback__ = tb
            return False
        if isinstance(outcome, RuntimeError) and outcome.__cause__ is value and \
                isinstance(value, (StopIteration, StopAsyncIteration)):
            # PEP 479 wrapped the thrown-in StopIteration: it just propagated.
            value.__traceback__ = tb
            return False
        raise outcome


class _GenManager(_GenManagerBase, ContextDecorator, AbstractContextManager):
    def __enter__(self):
        self._entered()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError(_NO_YIELD) from None

    def __exit__(self, typ, value, tb):
        if typ is None:
            for _ in self.gen:
                raise RuntimeError(_NO_STOP)
            return False
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stop:
            # The generator returned: the exception is swallowed, unless the
            # StopIteration is the very one thrown in.
            return stop is not value
        except BaseException as outcome:
            return self._thrown_result(outcome, value, tb)
        raise RuntimeError(_NO_STOP + " after throw()")


class _AsyncGenManager(_GenManagerBase, AsyncContextDecorator,
                       AbstractAsyncContextManager):
    async def __aenter__(self):
        self._entered()
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError(_NO_YIELD) from None

    async def __aexit__(self, typ, value, tb):
        if typ is None:
            async for _ in self.gen:
                raise RuntimeError(_NO_STOP)
            return False
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as outcome:
            return self._thrown_result(outcome, value, tb)
        raise RuntimeError(_NO_STOP + " after athrow()")


def contextmanager(func):
    """Turn a one-yield generator function into a context manager factory."""
    def make(*a, **kw):
        return _GenManager(func, a, kw)
    return _copy_meta(make, func)


def asynccontextmanager(func):
    """Turn a one-yield async generator function into an async context manager factory."""
    def make(*a, **kw):
        return _AsyncGenManager(func, a, kw)
    return _copy_meta(make, func)


# -- small managers -------------------------------------------------------------

class closing(_SyncCM):
    """Call thing.close() on exit."""

    def __init__(self, obj):
        self.thing = obj

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()


class aclosing(_AsyncCM):
    """Await thing.aclose() on exit."""

    def __init__(self, obj):
        self.thing = obj

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc):
        closer = self.thing.aclose
        await closer()


class nullcontext(_SyncCM, _AsyncCM):
    """A manager that does nothing; `with` gives back enter_result."""

    def __init__(self, enter_result=None):
        self._value = enter_result

    def __enter__(self):
        return self._value

    def __exit__(self, *exc):
        return None

    async def __aenter__(self):
        return self._value

    async def __aexit__(self, *exc):
        return None


class suppress(_SyncCM):
    """Silence the listed exception types inside the block."""

    def __init__(self, *kinds):
        self._kinds = kinds

    def __enter__(self):
        return None

    def __exit__(self, typ, value, tb):
        return typ is not None and issubclass(typ, self._kinds)


class _StreamSwap(AbstractContextManager):
    _attr = None

    def __init__(self, stream):
        self._target = stream
        self._saved = []     # a stack, so one instance may be entered re-entrantly

    def __enter__(self):
        self._saved.append(getattr(sys, self._attr))
        setattr(sys, self._attr, self._target)
        return self._target

    def __exit__(self, *exc):
        setattr(sys, self._attr, self._saved.pop())


class redirect_stdout(_StreamSwap):
    """Temporarily send sys.stdout to another file-like object."""
    _attr = 'stdout'


class redirect_stderr(_StreamSwap):
    """Temporarily send sys.stderr to another file-like object."""
    _attr = 'stderr'


class chdir(_SyncCM):
    """Change the working directory for the duration of the block."""

    def __init__(self, path):
        self.path = path
        self._prev = []

    def __enter__(self):
        import posix
        self._prev.append(posix.getcwd())
        posix.chdir(self.path)

    def __exit__(self, *exc):
        import posix
        posix.chdir(self._prev.pop())


# -- exit stacks ----------------------------------------------------------------

def _no_protocol(obj, what):
    return TypeError("'%s.%s' object does not support the %s protocol"
                     % (type(obj).__module__, type(obj).__qualname__, what))


def _protocol(manager, enter, exit, what):
    """The (enter, exit) methods of manager's class, or the TypeError CPython raises."""
    kind = type(manager)
    try:
        return getattr(kind, enter), getattr(kind, exit)
    except AttributeError:
        raise _no_protocol(manager, what) from None


def _exc_details(exc):
    """The (type, value, traceback) an exit callback is called with."""
    if exc is None:
        return None, None, None
    return type(exc), exc, exc.__traceback__


def _link_context(exc, prev, outer):
    """Splice `prev` into exc's context chain where `outer` (the exception
    surrounding the whole with statement) appears.  A chain ending in None is
    left alone, as CPython does."""
    if prev is None or exc is prev:
        return
    node = exc
    for _ in range(10000):        # bounded: chains can be cyclic
        ctx = node.__context__
        if ctx is prev or ctx is None:
            return
        if ctx is outer:
            break
        node = ctx
    node.__context__ = prev


def _reraise_keeping_context(exc):
    ctx = exc.__context__
    try:
        raise exc
    except BaseException:
        # the raise above re-linked exc to whatever the caller is handling
        exc.__context__ = ctx
        raise


class _StackBase:
    def __init__(self):
        self._exits = []          # (is_async, callable) pairs, unwound LIFO

    def pop_all(self):
        """Move every registered callback to a new stack and return it."""
        other = type(self)()
        other._exits = self._exits
        self._exits = []
        return other

    def push(self, exit):
        """Register an __exit__-like callable (or a context manager's __exit__)."""
        return self._push_exit(exit, '__exit__', False)

    def _push_exit(self, exit, name, is_async):
        # An object whose class has the exit method named is a context manager:
        # register that method bound to it; anything else is the callback itself.
        try:
            method = getattr(type(exit), name)
        except AttributeError:
            self._exits.append((is_async, exit))
        else:
            self._push_method(exit, method, is_async)
        return exit

    def _push_method(self, cm, method, is_async):
        def bound(*exc):
            return method(cm, *exc)
        bound.__self__ = cm
        self._exits.append((is_async, bound))

    def enter_context(self, manager):
        """Enter a context manager and register its __exit__; returns what
        __enter__ returned."""
        enter, exit = _protocol(manager, '__enter__', '__exit__', 'context manager')
        result = enter(manager)
        self._push_method(manager, exit, False)
        return result

    def callback(self, fn, /, *a, **kw):
        """Register fn(*a, **kw) to run on unwinding; returns fn."""
        def call_it(typ, val, tb):
            fn(*a, **kw)
        call_it.__wrapped__ = fn
        self._exits.append((False, call_it))
        return fn


class ExitStack(_StackBase, AbstractContextManager):
    """Stack of cleanup callbacks run in LIFO order when the block ends."""

    def __enter__(self):
        return self

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)

    def __exit__(self, *details):
        had_exc = details[0] is not None
        outer = sys.exc_info()[1]
        pending = details[1] if had_exc else None
        new_raised = False
        suppressed = False
        exits = self._exits
        while exits:
            cb = exits.pop()[1]
            details = _exc_details(pending)
            try:
                if cb(*details):
                    suppressed = True
                    new_raised = False
                    pending = None
            except BaseException as err:
                _link_context(err, pending, outer)
                new_raised = True
                pending = err
        if new_raised:
            _reraise_keeping_context(pending)
        return had_exc and suppressed


class AsyncExitStack(_StackBase, AbstractAsyncContextManager):
    """ExitStack that can also hold async context managers and callbacks."""

    async def enter_async_context(self, manager):
        enter, exit = _protocol(manager, '__aenter__', '__aexit__',
                                'asynchronous context manager')
        result = await enter(manager)
        self._push_method(manager, exit, True)
        return result

    def push_async_exit(self, exit_fn):
        return self._push_exit(exit_fn, '__aexit__', True)

    def push_async_callback(self, fn, /, *a, **kw):
        async def call_it(typ, val, tb):
            await fn(*a, **kw)
        call_it.__wrapped__ = fn
        self._exits.append((True, call_it))
        return fn

    async def aclose(self):
        unwind = self.__aexit__
        await unwind(None, None, None)

    async def __aexit__(self, *details):
        had_exc = details[0] is not None
        outer = sys.exc_info()[1]
        pending = details[1] if had_exc else None
        new_raised = False
        suppressed = False
        exits = self._exits
        while exits:
            is_async, cb = exits.pop()
            details = _exc_details(pending)
            try:
                if is_async:
                    res = await cb(*details)
                else:
                    res = cb(*details)
                if res:
                    suppressed = True
                    new_raised = False
                    pending = None
            except BaseException as err:
                _link_context(err, pending, outer)
                new_raised = True
                pending = err
        if new_raised:
            _reraise_keeping_context(pending)
        return had_exc and suppressed
