# subclassing Exception, list and dict
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise AppError(404, "not found")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [3])
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] = self[key] + 1
c = Counter()
for ch in "abracadabra":
    c.add(ch)
print(c, c["zzz"], len(c), isinstance(c, dict))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hi")
print(u, u.shout(), len(u), u + "x", type(u + "x").__name__)
class MyInt(int):
    def double(self):
        return self * 2
print(MyInt(21).double(), MyInt(5) + 1, type(MyInt(5) + 1).__name__)
