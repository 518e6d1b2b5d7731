# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Bag:
    def __init__(self):
        self.items = {}
    def __len__(self):
        return len(self.items)
    def __getitem__(self, key):
        return self.items[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.items[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.items[key]
    def __contains__(self, key):
        return key in self.items
    def __iter__(self):
        return iter(sorted(self.items))
b = Bag()
b["x"] = 1
b["y"] = 2
print(len(b), b["x"], "x" in b, "z" in b, list(b), bool(b))
del b["x"]
print(len(b), list(b))
try:
    b["missing"]
except KeyError as e:
    print("KeyError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s)
for v in s:
    print(v)
class Sliceable:
    def __getitem__(self, key):
        return key
x = Sliceable()
print(x[1], x[1:2], x[::3], x[1, 2], x[...])
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), not Empty())
