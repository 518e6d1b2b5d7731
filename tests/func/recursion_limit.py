# RecursionError can be caught; the program continues normally
import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
def count_depth():
    d = 0
    def go():
        nonlocal d
        d += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return d
print(count_depth() < sys.getrecursionlimit())
print("still running")
