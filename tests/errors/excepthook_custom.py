# An uncaught exception goes through sys.excepthook (called with type, value, traceback);
# sys.__excepthook__ is the default one. The exit status stays 1.
import sys

print(sys.excepthook is sys.__excepthook__)
try:
    sys.excepthook(1)
except TypeError as e:
    print(e)

def hook(t, v, tb):
    print('custom hook', t.__name__, v, type(tb).__name__, tb.tb_lineno)
    sys.__excepthook__(t, v, tb)

sys.excepthook = hook

def fail():
    raise ValueError('hooked')

fail()
