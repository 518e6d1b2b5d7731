# slicing with steps and negative indices
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1])
print(s[5:2], s[100:], s[-100:2], s[3:3], s[::3])
print(s[slice(1, 4)], s[slice(None, None, -3)])
t = "hello world"
print(t[::-1], t[-5:], t[:5], t[::2], t[6:100])
tup = (0, 1, 2, 3, 4)
print(tup[1:-1], tup[::-1], tup[4:0:-1])
print(s[-1], t[-1], tup[-2])
sl = slice(1, 10, 3)
print(sl.start, sl.stop, sl.step, s[sl])
print(slice(5), slice(1, 2), slice(1, 2, 3))
print("abc"[0:0], "abc"[2:1], "abc"[-1:], [1, 2, 3][-2::-1])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
b = b"bytes!"
print(b[1:4], b[::-1])
print(range(10)[2:8:2], range(10)[::-1])
