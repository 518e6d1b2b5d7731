# no carets when the failing expression is the whole line
def f():
    raise TypeError("whole line")

def g():
    f()

g()
