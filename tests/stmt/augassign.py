# augmented assignment on names, attributes and subscripts
x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
n = 17
n %= 5; print(n)
n <<= 4; print(n)
n >>= 1; print(n)
n &= 0xF; print(n)
n |= 0x30; print(n)
n ^= 0xFF; print(n)
class P:
    pass
p = P()
p.v = 10
p.v += 5
p.v *= 2
print(p.v)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] *= 3
print(lst)
d = {"a": 1}
d["a"] += 1
d.setdefault("b", 0)
d["b"] -= 4
print(d)
s = "ab"
s += "cd"
s *= 2
print(s)
m = [[0, 0], [0, 0]]
m[1][0] += 7
print(m)
# += on a list mutates in place, on a tuple creates a new object
a = [1]; b = a; a += [2]; print(a, b, a is b)
t = (1,); u = t; t += (2,); print(t, u, t is u)
