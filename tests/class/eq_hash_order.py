# __eq__, __lt__ and friends, __hash__
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __le__(self, other):
        return self.n <= other.n
    def __hash__(self):
        return hash(self.n)
    def __repr__(self):
        return f"V({self.n})"
a, b, c = V(1), V(1), V(2)
print(a == b, a != c, a is b, a < c, c > a, a <= b, c >= a)
print(sorted([V(3), V(1), V(2)]), min(V(5), V(4)), max([V(1), V(9), V(3)]))
print(len({a, b, c}), {a: "x"}[b], a == 1, 1 == a, a != "s")
print(V(2) in [V(1), V(2)], [V(1)].index(V(1)))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
try:
    Plain() < Plain()
except TypeError as e:
    print(e)
