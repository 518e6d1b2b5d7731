# getattr/setattr/hasattr/delattr, class attributes shared between instances
class Config:
    shared = []
    def __init__(self):
        self.own = []
a, b = Config(), Config()
a.shared.append("x")
a.own.append("y")
print(b.shared, b.own)
setattr(a, "color", "red")
print(getattr(a, "color"), getattr(a, "size", "n/a"), hasattr(a, "color"), hasattr(b, "color"))
delattr(a, "color")
print(hasattr(a, "color"))
try:
    getattr(a, "nothing")
except AttributeError as e:
    print(e)
for name in ["own", "shared"]:
    print(name, getattr(b, name))
print(sorted(k for k in dir(a) if not k.startswith("_")))
print(sorted(vars(a)))
Config.new_method = lambda self: "added later"
print(a.new_method())
