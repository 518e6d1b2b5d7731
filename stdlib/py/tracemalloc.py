"""Trace memory allocations (minipy: only the interface; nothing is traced)."""

_tracing = False


def start(nframe=1):
    global _tracing
    _tracing = True


def stop():
    global _tracing
    _tracing = False


def is_tracing():
    return _tracing


def get_traced_memory():
    return (0, 0)


def reset_peak():
    pass


def clear_traces():
    pass


def get_tracemalloc_memory():
    return 0
