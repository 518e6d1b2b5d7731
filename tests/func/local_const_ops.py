# A local and a constant used by an arithmetic operator or a comparison (the loop handles
# small ints in one step): other types, overflow past the small-int range, unbound
# locals, in-place forms, and errors with their line numbers.
import sys

def sub1(n):
    return n - 1

def add2(n):
    return n + 2

def mul3(n):
    return n * 3

def lt(n):
    return n < 2

def branch(n):
    if n >= 10:
        return "big"
    elif n == 5:
        return "five"
    return "small"

def loop(n):
    i = 0
    s = 0
    while i < n:
        s += i
        i += 1
    return s

big = 2**62
vals = [0, 1, -1, 5, 10, big - 1, big, -big, -big - 1, 2**100, 1.5, True, False]
for v in vals:
    print(v, sub1(v), add2(v), mul3(v), lt(v), branch(v))
print(sub1(-(2**62)), add2(2**62 - 2), add2(2**62 - 1), sub1(-(2**62) + 1))
print(loop(10), loop(0), loop(-3))
print(sub1(3.0), add2("x" * 0 + "") if False else "", [lt(x) for x in (1.9, 2, 2.1)])

class N:
    def __sub__(self, o):
        return ("sub", o)
    def __lt__(self, o):
        return ("lt", o)
    def __radd__(self, o):
        return ("radd", o)
print(sub1(N()), lt(N()))

def errs():
    for f, arg in ((sub1, "s"), (add2, None), (lt, "s"), (branch, [1])):
        try:
            f(arg)
        except TypeError as e:
            print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)

errs()

def unbound(flag):
    if flag:
        x = 1
    return x - 1

def unbound_cmp(flag):
    if flag:
        x = 1
    return x < 3

for f in (unbound, unbound_cmp):
    print(f(True))
    try:
        f(False)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e, e.__traceback__.tb_next.tb_lineno)

def inplace(n):
    x = n
    x += 1
    x -= 3
    x *= 2
    return x
print(inplace(5), inplace(big), inplace(1.5), inplace(-big))

def chained(n):
    return 0 < n < 10

print([chained(v) for v in (-1, 0, 5, 10, 11)])

def cmp_value(n):
    r = n < 3
    return r, (n == 3), (n != 3)
print(cmp_value(2), cmp_value(3), cmp_value(3.0), cmp_value("3" == 3))

def countdown(n):
    out = []
    while n > 0:
        out.append(n)
        n -= 1
    return out
print(countdown(5), countdown(0))
print(sys.getrecursionlimit() > 0)

def arith(n):
    return n * 3, n * -7, n % 3, n % -3, n // 4, n // -4, n * 2**40

for v in (0, 7, -7, 2**61, -(2**62), 2**62 - 1, 10**30, 2.5):
    print(v, arith(v))

def divzero(n):
    return n % 0

def floordivzero(n):
    return n // 0

for f in (divzero, floordivzero):
    try:
        f(5)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

def neg_one(n):
    return n // -1, n % -1, n * -1

print(neg_one(-(2**62)), neg_one(5))
