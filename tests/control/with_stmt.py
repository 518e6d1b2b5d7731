# with statement: enter/exit order, as targets, several items, exceptions
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("outer"), CM("inner"):
    print("no targets")
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("n"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            break
with CM("t") as (first):
    print(first)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *args):
        return False
with Pair() as (a, b):
    print(a, b)
