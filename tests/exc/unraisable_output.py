# "Exception ignored in:" output as CPython's default unraisable hook: the exception's
# own traceback only (no chained GeneratorExit), and for "generator ignored
# GeneratorExit" a traceback entry for the frame running when the generator was dropped.
import re
import sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

def show(cap):
    text = ''.join(cap.parts)
    cap.parts.clear()
    text = re.sub(r'0x[0-9a-f]+', 'ADDR', text)
    text = re.sub(r'File ".*?([^/"]+)"', r'File "\1"', text)
    print(text, end='')

cap = Capture()
sys.stderr = cap

def g():
    try:
        yield 1
    finally:
        raise KeyError('in gen finally')

x = g(); next(x)
del x
show(cap)

def h():
    try:
        yield 1
    except GeneratorExit:
        yield 2

y = h(); next(y)
del y
show(cap)

def no_msg():
    try:
        yield 1
    finally:
        raise KeyError

z = no_msg(); next(z)
z = None
show(cap)

class Outer:
    class Problem(Exception):
        pass

def nested():
    try:
        yield 1
    finally:
        raise Outer.Problem('nested')

def drop():
    w = nested(); next(w)

drop()
show(cap)

class D:
    def __del__(self):
        try:
            raise KeyError('first')
        except KeyError:
            1/0

D()
show(cap)
sys.stderr = sys.__stderr__
print('end')
