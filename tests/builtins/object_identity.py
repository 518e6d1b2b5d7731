# identity checks without printing ids
a = [1]
b = a
print(a is b, a is not [1], None is None, type(None)() is None)
print(id(a) == id(b), id(a) == id(a[:]))
x = object()
print(x is x, x == x, x != object(), type(x).__name__)
print(NotImplemented is NotImplemented, Ellipsis is ..., type(...).__name__)
print(isinstance(object(), object), object.__name__)
