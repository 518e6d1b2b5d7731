# Containers changed by user code while a builtin operation is running on them.
def t(name, f):
    try:
        print(name, "ok", repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)

# slice assignment from an iterator that clears the target list
L = [1, 2, 3, 4, 5]
def clearing():
    for i in range(3):
        L.clear()
        yield i
def f():
    L[1:4] = clearing()
    return L
t("setslice clears", f)
L = [1, 2, 3, 4, 5]
def f():
    L[3:5] = clearing()
    return L
t("setslice tail", f)
L = list(range(10))
def f():
    L[::2] = clearing()
    return L
t("extslice clears", f)
L = list(range(10))
def shrinking():
    for i in range(5):
        del L[-1]
        yield i
# (L[::2] = shrinking() is left out: CPython writes past the end of the list there)
L = list(range(6))
def f():
    L[::-2] = shrinking()
    return L
t("extslice neg", f)
L = list(range(6))
def growing():
    for i in range(3):
        L.append(i)
        yield i
def f():
    L[::2] = growing()
    return L
t("extslice grows", f)
L = [1, 2, 3]
def f():
    L[1:] = (L.pop() for _ in range(2))
    return L
t("setslice pops", f)

# list arguments too big for a C ssize_t
t("insert big", lambda: [].insert(2**100, 1))
t("insert big neg", lambda: [].insert(-2**100, 1))
t("pop big", lambda: [1].pop(2**100))
t("pop empty", lambda: [].pop())
t("index big", lambda: [1][2**100])

# collections.deque changed while iterated
from collections import deque
dq = deque([1, 2, 3])
def f():
    for x in dq:
        dq.append(x)
t("deque append", f)
dq = deque([1, 2, 3])
def f():
    for x in dq:
        dq.popleft()
t("deque popleft", f)
dq = deque([1, 2, 3])
def f():
    for x in reversed(dq):
        dq.clear()
t("deque reversed", f)
dq = deque([1, 2, 3])
dq.appendleft(0)
print(list(dq), list(reversed(dq)))
dq = deque([1, 2, 3])
def f():
    for x in dq:
        dq[0] = x
    return dq
t("deque setitem", f)
t("deque rotate big", lambda: deque([1, 2]).rotate(2**100))
t("deque rotate neg big", lambda: deque([1, 2]).rotate(-2**100))
d = deque([1, 2, 3])
d.rotate(-2**62)
print(d)

# bytearray slice assignment from an iterator that resizes the target
B = bytearray(b"abcdefgh")
def shrink_b():
    for i in range(3):
        del B[-1]
        yield 65 + i
def f():
    B[5:8] = shrink_b()
    return B
t("bytearray setslice shrinks", f)
B = bytearray(b"abcdefgh")
def f():
    B[::3] = shrink_b()
    return B
t("bytearray extslice shrinks", f)
B = bytearray(b"abcdefgh")
def f():
    B[::2] = []
    return B
t("bytearray extslice empty", f)
