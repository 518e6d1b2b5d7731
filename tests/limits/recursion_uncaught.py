# Uncaught infinite recursion: the whole traceback, with CPython's "[Previous line repeated
# N more times]", and exit status 1.
def f(n):
    return f(n + 1)


print('start', flush=True)
f(0)
