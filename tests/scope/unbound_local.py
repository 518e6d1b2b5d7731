# UnboundLocalError when a local is read before assignment
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
    return x
print(f())
def g():
    try:
        y += 1
    except UnboundLocalError as e:
        print(e)
    y = 0
g()
def h(flag):
    if flag:
        z = 1
    return z
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print(e)
print(issubclass(UnboundLocalError, NameError))
def d():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(d())
