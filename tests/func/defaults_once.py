# default values are evaluated once, at definition time
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))
counter = 0
def next_default():
    global counter
    counter += 1
    return counter
def f(v=next_default()):
    return v
print(f(), f(), counter)
n = 10
def g(v=n):
    return v
n = 20
print(g())
print(append_to.__defaults__, g.__defaults__)
