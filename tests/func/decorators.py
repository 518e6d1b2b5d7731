# decorators without functools
def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def first(fn):
    print("applying first")
    return lambda: "first(" + fn() + ")"
def second(fn):
    print("applying second")
    return lambda: "second(" + fn() + ")"
@first
@second
def base():
    return "base"
print(base())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(registry, a.__name__)
def deco_class(cls):
    cls.tag = "decorated"
    return cls
@deco_class
class K:
    pass
print(K.tag)
