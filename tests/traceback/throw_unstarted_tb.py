# Uncaught exception thrown into a just-created generator: CPython's traceback shows
# the generator's def line.
def g():
    try:
        yield 1
    finally:
        print('not printed')

x = g()
x.throw(KeyError('z'))
