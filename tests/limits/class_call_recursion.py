# The recursion limit through calls of classes run inline: the class call counts once
# besides __init__'s frame, and the message near the limit is CPython's.
import sys
for lim in range(40, 52):
    sys.setrecursionlimit(lim)
    for extra in range(3):
        depth = 0
        class R:
            def __init__(self, k):
                global depth
                depth += 1
                if k:
                    R(k - 1)
                else:
                    R(0) if False else None
                    R2()
        class R2:
            def __init__(self):
                global depth
                depth += 1
                R2()
        def g(n):
            if n: return g(n - 1)
            return R(extra)
        try:
            g(extra)
        except RecursionError as e:
            print(lim, extra, depth, e)
sys.setrecursionlimit(1000)
class S:
    def __init__(self, n):
        self.n = n
        if n: self.c = S(n - 1)
def deep(n):
    try:
        return deep(n + 1)
    except RecursionError:
        try:
            S(3)
            return "ok", n
        except RecursionError as e:
            return str(e), n
print(deep(0)[0])
class A:
    def __init__(self, x):
        self.x = x
def rec(n):
    return A(rec(n + 1)) if n < 10**6 else None
try:
    rec(0)
except RecursionError as e:
    print("RE", e)
depth = 0
class R:
    def __init__(self):
        global depth
        depth += 1
        R()
try:
    R()
except RecursionError as e:
    print("RE2", e, depth)
