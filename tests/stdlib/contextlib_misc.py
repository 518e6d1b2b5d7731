import sys
from contextlib import (suppress, closing, nullcontext, redirect_stdout,
                        redirect_stderr, AbstractContextManager)

with suppress(ValueError, KeyError):
    raise KeyError("gone")
print("after suppress")
with suppress():
    pass
try:
    with suppress(ValueError):
        raise TypeError("kept")
except TypeError as e:
    print("TypeError", e)
with suppress(LookupError):
    [][1]
print("subclass suppressed")

class Thing:
    def close(self):
        print("Thing closed")
with closing(Thing()) as t:
    print(type(t).__name__)
try:
    with closing(Thing()):
        raise ValueError
except ValueError:
    print("closed before error propagated")

with nullcontext() as n:
    print(n)
with nullcontext(42) as n:
    print(n)

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

b = Buf()
with redirect_stdout(b) as target:
    print("hidden", 1, 2)
    print(target is b)
print("captured:", b.parts)

b2 = Buf()
r = redirect_stdout(b2)
with r:
    print("one")
    with r:
        print("two")
    print("three")
print(b2.parts)
print(sys.stdout is sys.__stdout__)

e = Buf()
with redirect_stderr(e):
    sys.stderr.write("err text\n")
print(e.parts)

class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print("Mine exit")
m = Mine()
with m as got:
    print(got is m)

# suppress as a re-usable object
s = suppress(ZeroDivisionError)
for i in range(2):
    with s:
        1 / 0
print("reused")
