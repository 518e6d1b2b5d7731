a, b = 1, 2
a, *b = c
*a, b = c
[a, b] = c
(a, b), c = d
a[0], a.b, a[1:2] = 1, 2, 3
a = b = c[0] = d.e = 1
for a, b in c: pass
for (a, b), *c in d: pass
for x, in y: pass
with a as b.c: pass
with a as b[0]: pass
a.b += 1
a[0] *= 2
a: int = 1
a.b: int = 1
a[0]: int = 1
del a[0], a.b
x = [a, *b] = c
