# globals() and locals()
gx = 42
print(globals()["gx"], "gx" in globals(), globals()["__name__"])
globals()["made_dynamically"] = "yes"
print(made_dynamically)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def g():
    return sorted(locals())
print(g())
class C:
    p = 1
    q = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
