# round(x, n): n may be any object with __index__ (also one given after the class was made); others fail with CPython's TypeError.
class I:
    def __index__(self): return 1
class J: pass
print(round(2.345, I()), round(1234, I()))
J.__index__ = lambda self: -2
print(round(2345.0, J()), round(2345, J()))
for bad in ("x", 1.5, None.__class__, [1]):
    for v in (2.5, 25):
        try: print(round(v, bad))
        except TypeError as e: print(e)
print(round(2.5, True), round(25, False))
