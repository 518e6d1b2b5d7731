"""Measure the execution time of small code snippets (minipy: written in Python).

    timeit(stmt='pass', setup='pass', timer=default_timer, number=1000000, globals=None)
    repeat(stmt='pass', setup='pass', timer=default_timer, repeat=5, number=1000000, globals=None)
    Timer(stmt, setup, timer, globals).timeit(number) / .repeat(repeat, number) / .autorange()
"""

import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter     # monotonic, high resolution

_SOURCE_NAME = '<timeit-src>'


def _indented(src, pad):
    return ('\n' + pad).join(src.split('\n'))


def _build_runner(stmt, setup, namespace):
    """Return runner(count, clock, setup, stmt) -> seconds for running stmt
    count times after setup once.  String pieces are compiled into one
    function so that names bound by setup are fast locals of stmt."""
    if type(setup) is str or isinstance(setup, str):
        compile(setup, _SOURCE_NAME, 'exec')        # report its own syntax errors
        setup_src = _indented(setup, '    ')
    elif callable(setup):
        setup_src = '_timeit_setup()'
    else:
        raise ValueError('setup is neither a string nor callable')
    if isinstance(stmt, str):
        compile(stmt, _SOURCE_NAME, 'exec')
        body_src = _indented(stmt, '        ')
    elif callable(stmt):
        body_src = '_timeit_stmt()'
    else:
        raise ValueError('stmt is neither a string nor callable')

    # `pass` keeps the blocks valid when a piece is empty
    source = ('def _timeit_runner(_timeit_count, _timeit_clock, _timeit_setup,'
              ' _timeit_stmt):\n'
              '    %s\n'
              '    pass\n'
              '    _timeit_t0 = _timeit_clock()\n'
              '    for _timeit_i in range(_timeit_count):\n'
              '        %s\n'
              '        pass\n'
              '    return _timeit_clock() - _timeit_t0\n'
              % (setup_src, body_src))
    local = {}
    exec(compile(source, _SOURCE_NAME, 'exec'), namespace, local)
    return local['_timeit_runner']


class Timer:
    """Timer(stmt='pass', setup='pass', timer=default_timer, globals=None)

    stmt and setup may be source strings or zero-argument callables."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer,
                 globals=None):
        self.timer = timer
        namespace = {} if globals is None else globals
        self._parts = (setup, stmt)
        self._run = _build_runner(stmt, setup, namespace)

    def timeit(self, number=1000000):
        """Seconds (a float) taken to run the statement `number` times."""
        setup, stmt = self._parts
        return self._run(number, self.timer, setup, stmt)

    def repeat(self, repeat=5, number=1000000):
        """List of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None, /):
        """Find a loop count (1, 2, 5, 10, 20, 50, ...) whose run takes at
        least 0.2 seconds; return (count, seconds)."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                count = scale * step
                took = self.timeit(count)
                if callback is not None:
                    callback(count, took)
                if took >= 0.2:
                    return count, took
            scale *= 10

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled."""
        import traceback
        traceback.print_exc(None, file)


def timeit(stmt='pass', setup='pass', timer=default_timer, number=1000000,
           globals=None):
    """Create a Timer and run its timeit(number)."""
    t = Timer(stmt, setup, timer, globals)
    return t.timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=5,
           number=1000000, globals=None):
    """Create a Timer and run its repeat(repeat, number)."""
    t = Timer(stmt, setup, timer, globals)
    return t.repeat(repeat, number)
