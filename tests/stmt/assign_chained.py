# chained and multiple assignment
a = b = c = 1
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
a, b = 1, 2
a, b = b, a
print(a, b)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99   # left to right: i is set first
print(i, lst)
p = q = r = "s"
print(p + q + r)
m = n = 2 ** 10
print(m, n)
