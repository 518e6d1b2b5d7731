import enum
class C(enum.Enum):
    RED=1; GREEN=2
    def describe(self): return self.name.lower()
class I(enum.IntEnum):
    A=1; B=2
class F(enum.Flag):
    R=enum.auto(); W=enum.auto(); X=enum.auto()
class S(enum.StrEnum):
    A=enum.auto()
print(str(C.RED), repr(C.RED), f'{C.RED}', format(C.RED), str(I.A), repr(I.A), f'{I.A}', I.A+1, C, C.__members__)
print(F.R|F.W, repr(F.R|F.W), repr(F(0)), list(F.R|F.X), F.R in F.R|F.W, bool(F(0)), ~F.R, repr(S.A), str(S.A))
try: C(5)
except ValueError as e: print(e)
try: C['X']
except KeyError as e: print(repr(e))
try:
    class D(C): pass
except TypeError as e: print(e)
try: C.RED = 3
except AttributeError as e: print(e)
try:
    @enum.unique
    class U(enum.Enum):
        A=1; B=1
except ValueError as e: print(e)
print(C.RED.__class__, repr(enum.Flag), enum.IntFlag)
class IF(enum.IntFlag):
    A=1; B=2
print(IF.A|IF.B, repr(IF.A|IF.B), repr(IF(8)) )
print(list(C), len(C), C(1), C['GREEN'], C.RED.name, C.RED.value, C.RED in C, C.GREEN.describe())
print(C.RED == C.RED, C.RED == 1, I.A == 1, I.B > I.A, sorted([I.B, I.A]), isinstance(C.RED, C))
class A2(enum.Enum):
    X = enum.auto(); Y = enum.auto(); Z = 10; W = enum.auto()
print(list(A2))
Animal = enum.Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value)
class Al(enum.Enum):
    A = 1
    B = 1
print(Al.B, Al.B is Al.A, list(Al), Al.__members__)
d = {C.RED: 'r'}; print(d[C.RED])
