# tuples for returning multiple values, swapping and packing
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax([5]))
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = 1,
print(x, len(x))
point = (3, 4)
px, py = point
print((px ** 2 + py ** 2) ** 0.5)
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
def f(*args):
    return args
print(f(), f(1), f(1, 2), type(f()).__name__)
