# generators defined in closures and as methods
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
t = Tree("root", [Tree("a", [Tree("a1"), Tree("a2")]), Tree("b")])
for depth, v in t.walk():
    print("  " * depth + v)
def make_gen(factor):
    def gen(n):
        for i in range(n):
            yield i * factor
    return gen
g10 = make_gen(10)
print(list(g10(4)))
def evens():
    return (i for i in range(10) if i % 2 == 0)
print(list(evens()))
