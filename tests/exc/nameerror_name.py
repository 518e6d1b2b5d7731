# NameError raised by the VM carries .name (CPython sets it for every NameError it formats).
def t(f):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, repr(e.name) if hasattr(e, "name") else "-", e)
def a(): return undefined_x
t(a)
def b():
    global gg
    del gg
t(b)
def c():
    exec("del zz")
t(c)
def d():
    def inner(): return v
    inner_ = inner
    del_me = 1
    v = 1
    del v
    return inner()
t(d)
class K:
    try:
        print(nope)
    except NameError as e:
        print("class", e.name, e)
def e():
    x = 1
    class C:
        y = x
        del x
t(e)
def f():
    y = unknown_zz + 1
t(f)
def g():
    return len2
t(g)
t(lambda: eval("qq"))
def h():
    z = 1
    del z
    return z
t(h)
def i():
    def inner(): 
        nonlocal w
        del w
    w = 2
    inner()
    return w
t(i)
