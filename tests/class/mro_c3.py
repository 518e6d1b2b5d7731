# multiple inheritance and C3 method resolution order
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print([c.__name__ for c in D.__mro__])
print(D().who())
class X: pass
class Y: pass
class Z: pass
class P(X, Y): pass
class Q(Y, Z): pass
class R(P, Q): pass
print([c.__name__ for c in R.__mro__])
print([c.__name__ for c in R.mro()])
class Init1:
    def __init__(self):
        print("Init1")
        super().__init__()
class Init2:
    def __init__(self):
        print("Init2")
        super().__init__()
class Both(Init1, Init2):
    def __init__(self):
        print("Both")
        super().__init__()
Both()
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(e)
print(D.__bases__, object.__bases__, D.__mro__[-1])
