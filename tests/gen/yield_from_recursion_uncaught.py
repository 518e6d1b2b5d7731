# Endless recursion through yield from, uncaught: the RecursionError traceback with its
# collapsed repeated frames, and no crash.
def inf(n):
    yield from inf(n + 1)
g = inf(0)
for x in g:
    print(x)
