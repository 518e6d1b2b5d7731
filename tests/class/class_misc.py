# class-level details: __class__, class decorators, nested classes, name mangling
class Outer:
    class Inner:
        value = "inner"
    def make(self):
        return self.Inner()
print(Outer.Inner.value, type(Outer().make()).__name__, Outer.Inner.__qualname__)
class Secret:
    def __init__(self):
        self.__hidden = 1
        self._prot = 2
    def reveal(self):
        return self.__hidden
s = Secret()
print(s.reveal(), s._prot, hasattr(s, "__hidden"), s._Secret__hidden)
class Counted:
    count = 0
    def __init__(self):
        type(self).count += 1
Counted(); Counted()
print(Counted.count)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, x):
        self.ops.append(x)
        return self
print(Chain().add(1).add(2).ops)
print(type(type), type(object), type(int), isinstance(int, type), type(len).__name__)
class WithDoc:
    "class docstring"
print(WithDoc.__doc__, WithDoc.__module__)
