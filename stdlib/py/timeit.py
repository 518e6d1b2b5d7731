"""Tool for measuring execution time of small code snippets (minipy: a subset)."""
import time

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._globals = {} if globals is None else globals
        self._stmt = stmt
        self._setup = setup

    def _run(self, code):
        if callable(code):
            code()
        else:
            exec(code, self._globals)

    def timeit(self, number=default_number):
        self._run(self._setup)
        stmt = self._stmt
        run = stmt if callable(stmt) else None
        code = None if run else compile(stmt, '<timeit-src>', 'exec')
        g = self._globals
        t0 = self.timer()
        if run:
            for _ in range(number):
                run()
        else:
            for _ in range(number):
                exec(code, g)
        return self.timer() - t0

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
