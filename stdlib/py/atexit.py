"""Functions to run when the interpreter exits (minipy: written in Python).
cli/main.c calls sys.modules['atexit']._run_exitfuncs() before the main module's globals
are cleared, when this module was imported."""

import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) at exit; the last registered runs first."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Forget every registration of func."""
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Call the registered functions, newest first; an exception (SystemExit too, as in
    CPython 3.11) is reported ('Exception ignored in atexit callback: ...' and its
    traceback) and the rest still run."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            sys.stdout.flush()
            print('Exception ignored in atexit callback: {!r}'.format(func), file=sys.stderr)
            import traceback
            # the traceback starts in the callback, not in this function
            tb = exc.__traceback__
            if tb is not None and tb.tb_next is not None:
                tb = tb.tb_next
            exc.__traceback__ = tb
            traceback.print_exception(type(exc), exc, tb)
