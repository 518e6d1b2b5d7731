# del on names, subscripts, slices and attributes
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, "a"), hasattr(o, "b"))
a, b, c = 1, 2, 3
del a, b
print(c)
y = [1, [2, 3]]
del y[1][0]
print(y)
