# A sys.excepthook that itself raises: CPython reports both exceptions.
import sys

def hook(t, v, tb):
    print('in hook', t.__name__)
    raise RuntimeError('hook failed')

sys.excepthook = hook
raise KeyError('original')
