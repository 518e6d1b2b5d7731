# the target of an augmented assignment is evaluated once
calls = []
def key():
    calls.append("key")
    return "k"
def obj():
    calls.append("obj")
    return d
d = {"k": 1}
obj()[key()] += 10
print(d, calls)
class C:
    def __init__(self):
        self.n = 0
log = []
c = C()
def get():
    log.append("get")
    return c
get().n += 1
get().n += 1
print(c.n, log)
