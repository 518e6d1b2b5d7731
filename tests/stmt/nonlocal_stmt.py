# nonlocal declarations
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner()
    inner()
    return x
print(outer())
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())
def deep():
    v = "a"
    def mid():
        def inner():
            nonlocal v
            v += "c"
        nonlocal v
        v += "b"
        inner()
    mid()
    return v
print(deep())
def two():
    a = b = 0
    def set_both():
        nonlocal a, b
        a, b = 1, 2
    set_both()
    return a, b
print(two())
