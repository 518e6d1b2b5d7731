# global declarations
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc(); inc()
print(counter)
def make():
    global created
    created = "yes"
make()
print(created)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def g1():
    global a, b
    a, b = 1, 2
g1()
print(a, b)
def nested():
    def inner():
        global counter
        counter = -1
    inner()
nested()
print(counter)
