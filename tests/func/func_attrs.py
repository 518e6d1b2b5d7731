# function objects: __name__, __doc__, attributes, first-class use
def documented(x):
    "A docstring."
    return x
print(documented.__name__, documented.__doc__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc(), type(nodoc).__name__)
documented.custom = 42
print(documented.custom)
funcs = {"double": lambda x: x * 2, "square": lambda x: x ** 2}
print({name: f(5) for name, f in funcs.items()})
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 4), apply(documented, "x"))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
print(callable(documented), callable(5), callable(len), callable(type))
def no_return():
    x = 1
print(no_return())
def early(x):
    if x:
        return
    return "late"
print(early(1), early(0))
