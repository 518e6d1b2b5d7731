a = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** -8 @ m
b = (1 + 2) * 3
c = -x + +y - ~z
d = x << 1 >> 2 & 3 | 4 ^ 5
e = not a and b or c and not d
f = a or b or c
g = (a or b) or c
h = a < b <= c == d != e > f >= g
i = a is b is not c in d not in e
j = (a < b) < c
k = x if y else z if w else v
l = lambda: 0
m = lambda a, b=1, *args, c, d=2, **kw: a + b
n = lambda *, k: k
o = lambda a, /, b: a
p = (y := 10) + y
q = [1, 2, 3]
r = (1, 2, 3)
s = 1, 2, 3
t = (1,)
u = ()
v = {1, 2}
w = {1: 2, **other, 3: 4}
x = {}
y = [*a, *b]
z = ...
aa = None, True, False
bb = obj.attr.sub
cc = await_ = 1
dd = 'con' 'cat'
ee = b'by' b'tes'
ff = 10 ** -2 ** 3
gg = -2 ** 2
