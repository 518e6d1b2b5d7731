# AttributeError messages
class Foo:
    cls_attr = 1
f = Foo()
try:
    f.x
except AttributeError as e:
    print(e)
try:
    Foo.missing
except AttributeError as e:
    print(e)
try:
    (5).nope
except AttributeError as e:
    print(e)
try:
    "s".foo()
except AttributeError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    [].push
except AttributeError as e:
    print(e)
try:
    del f.cls_attr
except AttributeError as e:
    print(e)
class Slotted:
    __slots__ = ("a",)
s = Slotted()
try:
    s.b = 1
except AttributeError as e:
    print(e)
class Getattr:
    def __getattr__(self, name):
        return f"computed {name}"
g = Getattr()
g.real = "real"
print(g.real, g.virtual)
