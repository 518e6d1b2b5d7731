from abc import ABC, ABCMeta, abstractmethod
import abc

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return '{} with area {}'.format(type(self).__name__, self.area())

print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)

class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print('TypeError:', e)

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
    def perimeter(self):
        return 4 * self.s

sq = Square(3)
print(sq.describe(), sq.perimeter())
print(isinstance(sq, Shape), issubclass(Square, Shape), Square.__abstractmethods__)

class Drawable(metaclass=ABCMeta):
    pass

class Circle:
    pass
print(isinstance(Circle(), Drawable))
Drawable.register(Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))

@Drawable.register
class Line:
    pass
print(Line.__name__, issubclass(Line, Drawable))
class SubLine(Line):
    pass
print(issubclass(SubLine, Drawable), issubclass(int, Drawable))

class Closeable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any('close' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class File:
    def close(self):
        pass
print(isinstance(File(), Closeable), isinstance(3, Closeable))

class WithProp(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
class Named(WithProp):
    @property
    def name(self):
        return 'n'
print(Named().name)
try:
    WithProp()
except TypeError as e:
    print('TypeError:', e)

class Meta2(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        pass
print(sorted(Meta2.__abstractmethods__))
print(type(ABC), isinstance(ABC, ABCMeta))
