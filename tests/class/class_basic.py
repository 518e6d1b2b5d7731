# __init__, attributes, methods, type printing
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
print(type(p), type(p).__name__, Point.__name__, type(Point))
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))
q = Point(1, 1)
q.dims = 3                       # instance attribute shadows class attribute
print(q.dims, p.dims, Point.dims)
Point.dims = 10
print(q.dims, p.dims)
del q.dims
print(q.dims)
print(Point.norm2(p), p.norm2.__name__)
m = p.norm2
p.x = 0
print(m())
class Empty:
    pass
e = Empty()
e.anything = "dynamic"
print(e.anything, type(e))
print(p.__dict__, sorted(vars(q)))
print(p.__class__ is Point, p.__class__.__name__)
