# getattr/setattr/hasattr/delattr, callable, vars, dir
class Thing:
    kind = "thing"
    def __init__(self):
        self.name = "t"
    def method(self):
        return "m"
t = Thing()
print(getattr(t, "name"), getattr(t, "kind"), getattr(t, "missing", "dflt"), getattr(t, "method")())
setattr(t, "size", 3)
print(t.size, hasattr(t, "size"), hasattr(t, "nope"), hasattr(Thing, "method"))
delattr(t, "size")
print(hasattr(t, "size"))
try:
    delattr(t, "size")
except AttributeError as e:
    print(e)
print(callable(t), callable(t.method), callable(Thing), callable(print), callable("s"), callable(lambda: 0))
print(vars(t))
print([n for n in dir(t) if not n.startswith("_")])
print([n for n in dir(Thing) if not n.startswith("_")])
print("append" in dir([]), "upper" in dir(""))
class WithSlots:
    pass
w = WithSlots()
print(vars(w), vars(w) is w.__dict__)
try:
    vars(5)
except TypeError as e:
    print(e)
