# operator overloading: arithmetic, reflected, in-place, unary
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), a == Vec(1, 2))
c = a
c += b
print(a, c is a, bool(Vec(0, 0)), bool(a))
try:
    a + 1
except AttributeError as e:
    print("AttributeError", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NotImplemented
try:
    Num(1) + Num(2)
except TypeError as e:
    print(e)
class Radd:
    def __radd__(self, other):
        return f"radd({other})"
print(1 + Radd(), "s" + Radd(), [1] + Radd())
