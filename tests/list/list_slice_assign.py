# slice assignment and deletion
a = list(range(10))
a[2:5] = ["a", "b"]; print(a)
a[:0] = [-1]; print(a)
a[len(a):] = [99]; print(a)
a[1:3] = []; print(a)
a[::2] = "XYZWV"[:len(a[::2])]; print(a)
del a[::3]; print(a)
b = [1, 2, 3, 4, 5]
b[1:4] = range(3); print(b)
b[-2:] = [8, 9, 10]; print(b)
c = [1, 2, 3]
c[:] = [7]; print(c)
try:
    d = [1, 2, 3, 4]
    d[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
e = [0, 1, 2, 3, 4, 5]
e[::-2] = ["a", "b", "c"]; print(e)
f = [1, 2, 3]
f[1:1] = [9, 9]; print(f)
del f[:]; print(f)
