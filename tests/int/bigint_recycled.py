# Big-int results are computed into recycled int objects (with their old digits):
# values of every size, signs and results that fall back into the small range must
# all come out exact.
import sys
vals = [0, 1, -1, 2 ** 62 - 1, 2 ** 62, -(2 ** 62), -(2 ** 62) - 1, 2 ** 63, -(2 ** 63),
        2 ** 64 - 1, 2 ** 64, 2 ** 127 + 3, -(2 ** 200) + 7, 3 ** 300, -(5 ** 500), 7 ** 1000]
acc = 0
for a in vals:
    for b in vals:
        s, d, p = a + b, a - b, a * b
        acc = (acc * 31 + s + 3 * d + 7 * p) % (2 ** 521 - 1)
        if a == -b:
            assert s == 0 and type(s) is int
print(acc)
# chains where each result's object is reused by the next
x = 1
for i in range(400):
    x = x * 3 + i
y = x
for i in range(400):
    y = (y - i) // 3
print(y, x.bit_length(), x % 1000003)
big = 2 ** 100
r = [(big + i) - big for i in range(-5, 5)]
print(r, [type(v).__name__ for v in r])
print([(big * i) // big for i in range(-3, 4)])
print((2 ** 70 - 2 ** 70 + 5) * 2, -(2 ** 65) + 2 ** 65 - 1)
print(sys.getsizeof(2 ** 100 - 2 ** 99) == sys.getsizeof(2 ** 99))
class I(int):
    pass
print(I(2 ** 80) + 1, type(I(2 ** 80) + 1).__name__, I(5) * I(2 ** 70), I(3) - 2 ** 90)
print(2 ** 62 + (-1), type(2 ** 62 - 1), True + 2 ** 64, (2 ** 64) * False)
