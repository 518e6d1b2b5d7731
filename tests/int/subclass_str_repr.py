# int, float and bool have no __str__ of their own: str() of a subclass uses its __repr__.
class MI(int):
    def __repr__(self):
        return "MI(%d)" % int(self)

class MF(float):
    def __repr__(self):
        return "MF(%r)" % float(self)

class Plain(int):
    pass

class WithStr(int):
    def __str__(self):
        return "WithStr!"

print(MI(5))
print(str(MI(5)), repr(MI(5)), [MI(5)])
print(f"{MI(7)}", "{}".format(MI(8)), "%s" % MI(9))
print(MF(1.5), str(MF(2.5)), [MF(0.5)])
print(Plain(3), str(Plain(4)), repr(Plain(5)))
print(WithStr(1), repr(WithStr(1)))
print(True, False, str(True), 1.5, -7, str(2 ** 100), str(-0.0))
print(int.__str__ is object.__str__, float.__str__ is object.__str__)
print(bool.__str__ is object.__str__)
print("__str__" in int.__dict__, "__str__" in float.__dict__, "__str__" in bool.__dict__)
print("__repr__" in int.__dict__, "__repr__" in bool.__dict__)
