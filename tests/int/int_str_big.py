# converting big ints to and from strings
n = 7 ** 300
s = str(n)
print(len(s), s[:20], s[-20:])
print(int(s) == n, int("-" + s) == -n)
print(repr(-(10 ** 50)))
print(str(10 ** 18), str(10 ** 19), str(-(10 ** 19)))
m = int("1" * 100)
print(m % 97, m // 10 ** 95)
print(f"{2**100:,}", f"{-2**70:_}", f"{2**80:>40}")
print("%d" % (3 ** 50), "%x" % (2 ** 70))
