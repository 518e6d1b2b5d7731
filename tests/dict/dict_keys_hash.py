# hashing: equal numbers are the same key; unhashable keys raise
d = {}
d[1] = "one"
d[1.0] = "one float"
d[True] = "true"
print(d, len(d))
d[0] = "zero"
d[False] = "false"
d[0.0] = "zero float"
print(d)
print({(1, 2): 1, (1, (2, 3)): 2, frozenset([1, 2]): 3}[frozenset([2, 1])])
try:
    {[1, 2]: 1}
except TypeError as e:
    print(e)
try:
    d[{}] = 1
except TypeError as e:
    print(e)
try:
    hash([1])
except TypeError as e:
    print(e)
class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"Key({self.v})"
m = {Key(1): "a"}
m[Key(1)] = "b"
m[Key(2)] = "c"
print(m, Key(1) in m, Key(3) in m)
