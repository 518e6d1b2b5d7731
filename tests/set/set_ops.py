# set algebra with operators and methods
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9], (10,)), a.intersection(range(3)), a.difference({1}, {2}))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {7}.issubset(a))
print(a.issuperset({1, 2}), a.isdisjoint({9}), a.isdisjoint(b))
c = set(a)
c |= {7}; print(c)
c &= {1, 2, 7}; print(c)
c -= {1}; print(c)
c ^= {2, 3}; print(c)
try:
    a | [1]
except TypeError as e:
    print(e)
print(a == {4, 3, 2, 1}, a != b)
