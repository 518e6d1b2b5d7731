def f():
    return [(1, 2) (3, 4)]
x = 1
assert (x, "msg")
print(x is 1)
try:
    f()
except TypeError as e:
    print(e)
"abc"()  if 0 else None
