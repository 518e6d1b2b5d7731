# Values whose repr is longer than 40 characters are shortened with "..."; the program's
# own output is unchanged.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

def values():
    yield "x" * 100
    yield list(range(30))
    yield {"name": "minipy", "kind": "interpreter", "language": "C"}
    yield Point(1, 2)
    yield "line one\nline two"
    yield "é" * 50
    got = yield Point(10 ** 20, 10 ** 20)
    return ("returned", got, "a long tuple that will not fit on the line")

g = values()
for i in range(7):
    v = next(g)
    print(type(v).__name__, len(repr(v)))
try:
    g.send(["sent", "a list that is a bit too long to be shown whole"])
except StopIteration as e:
    print(len(repr(e.value)))
