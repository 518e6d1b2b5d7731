# unary operators
x = 5
print(-x, +x, ~x, not x)
print(- -x, ~~x, not not x)
print(-0, -0.0, +-3, -+3)
print(~0, ~-1, ~255)
print(-True, +True, ~True, not True)
print(-(2 ** 70), ~(2 ** 70))
y = 2.5
print(-y, +y)
print(not [], not [0], not "", not None)
class N:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
print(-N(), +N(), ~N())
