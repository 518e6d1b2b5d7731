# @property with setter and deleter, @staticmethod, @classmethod
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"))
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def create(cls):
        return cls()
    @classmethod
    def count(cls):
        return cls.instances
    @staticmethod
    def helper(x, y):
        return x * y
class Sub(Counter):
    pass
Counter(); Counter.create(); s = Sub.create()
print(Counter.count(), type(s).__name__, Counter.helper(3, 4), s.helper(2, 5))
print(type(Temperature.celsius).__name__)
