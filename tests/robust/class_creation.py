# Class creation and interpreter settings given bad input: CPython's exceptions.
import sys
def t(name, f):
    try:
        print(name, "ok", repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)

t("slots int", lambda: type("A", (int,), {"__slots__": ("x",)}))
t("slots tuple", lambda: type("A", (tuple,), {"__slots__": ("x",)}))
t("slots bytes", lambda: type("A", (bytes,), {"__slots__": ("x",)}))
t("slots int empty", lambda: type("A", (int,), {"__slots__": ()}).__name__)
class I(int):
    pass
t("slots int sub", lambda: type("A", (I,), {"__slots__": ("x",)}))
class ME:
    def __mro_entries__(self, bases):
        return (int,)
t("type mro entries", lambda: type("A", (ME(),), {}))
ns = {"ME": ME}
exec("class X(ME()): pass", ns)
print(ns["X"].__mro__)
t("type bases", lambda: type("A", (1,), {}))
t("type dict", lambda: type("A", (), 1))
t("type name", lambda: type(5, (), {}))
t("type layout", lambda: type("A", (int, str), {}))
t("type bool", lambda: type("A", (bool,), {}))
t("type dup", lambda: type("A", (object, object), {}))
t("getframe big", lambda: sys._getframe(2**40))
t("getframe huge", lambda: sys._getframe(2**100))
t("getframe deep", lambda: sys._getframe(10**6))
t("getframe str", lambda: sys._getframe("x"))
t("setrecursionlimit big", lambda: sys.setrecursionlimit(2**40))
t("setrecursionlimit huge", lambda: sys.setrecursionlimit(2**100))
t("setrecursionlimit zero", lambda: sys.setrecursionlimit(0))
t("setrecursionlimit neg", lambda: sys.setrecursionlimit(-2**100))
print(sys.getrecursionlimit())
