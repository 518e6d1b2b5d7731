# Infinite recursion in Python code ends in RecursionError, which can be caught; afterwards
# the program runs normally, and recursion works again up to the limit.
import sys


def down(n):
    return down(n + 1)


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


class Node:
    def depth(self):
        return self.depth() + 1

    @property
    def loop(self):
        return self.loop


def deep_args(*args, **kw):
    return deep_args(*args, **kw)


for name, thunk in [('direct', lambda: down(0)), ('mutual', lambda: ping(0)),
                    ('method', lambda: Node().depth()), ('property', lambda: Node().loop),
                    ('varargs', lambda: deep_args(1, 2, k=3))]:
    try:
        thunk()
    except RecursionError as e:
        print(name, type(e).__name__, e, isinstance(e, RuntimeError))


def count(n):
    return n if n == 0 else 1 + count(n - 1)


print(count(500))
depth = 0


def measure():
    global depth
    depth += 1
    measure()


try:
    measure()
except RecursionError:
    pass
print(depth > 900, depth < sys.getrecursionlimit())

# A finally block runs on every level the RecursionError passes through.
unwound = 0


def unwind(n):
    global unwound
    try:
        return unwind(n + 1)
    finally:
        unwound += 1


try:
    unwind(0)
except RecursionError as e:
    print('unwound', unwound > 900, e)


# The limit can be lowered and raised.
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
try:
    count(200)
except RecursionError as e:
    print('low limit', e)
sys.setrecursionlimit(old)
print(count(800), sys.getrecursionlimit() == old)
