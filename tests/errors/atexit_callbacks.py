# atexit: LIFO order, arguments, unregister, and a failing callback reported as
# "Exception ignored in atexit callback" while the others still run; the callbacks
# run after the uncaught exception's traceback is printed.
import atexit
import sys


class Boom:
    def __call__(self):
        print('boom runs')
        sys.stdout.flush()
        1 / 0

    def __repr__(self):
        return 'Boom()'


class Leave:
    def __call__(self):
        raise SystemExit(3)

    def __repr__(self):
        return 'Leave()'


def bye(name, punct='!'):
    print('bye', name + punct)
    sys.stdout.flush()


def never():
    print('never runs')


atexit.register(bye, 'first')
atexit.register(Boom())
atexit.register(never)
atexit.register(bye, 'second', punct='?')
atexit.register(never)
atexit.unregister(never)
print(atexit.register(bye, 'third') is bye)
atexit.register(Leave())
try:
    atexit.register(42)
except TypeError as e:
    print('TypeError:', e)
print('main done')
sys.stdout.flush()
raise ValueError('uncaught')
