# sum(): the C accumulators (exact ints and bools added in 128 bits, then in one big int)
# must give exactly what repeated `+` gives, and hand over to `+` on the first other item.

class MyInt(int):
    def __radd__(self, other):
        print("MyInt.__radd__", other)
        return other + int(self) + 1000
    def __add__(self, other):
        print("MyInt.__add__", other)
        return int(self) + other

class PlainSub(int):
    pass

big = 2 ** 100
print(sum([]))
print(sum([], 5))
print(sum([1, 2, 3]))
print(sum(range(10)))
print(sum([True, True, False, True]))
print(sum([True, 2, False], 10))
print(type(sum([True, False])), sum([True, False]))
print(type(sum([], True)), sum([], True))
print(sum([1, 2], True))
print(sum([2**62, 2**62, 2**62, 2**62]))
print(sum([2**63 - 1] * 10))
print(sum([-2**63] * 10))
print(sum([2**62] * 100 + [-(2**62)] * 100))
print(sum([big, 1, -big]), type(sum([big, 1, -big])))
print(sum([big, big, 1]))
print(sum([1, 2], big))
print(sum([-big, -big], -big))
print(sum([big, -big]) == 0, type(sum([big, -big])))
print(sum(x * x for x in range(5_000_000, 5_000_100)))
print(sum((2 ** 127 - 1, 2 ** 127 - 1, 1)))
print(sum([-(2 ** 127), -(2 ** 127), -1]))
n = 2 ** 63
print(sum([n - 1, n - 1, n - 1, -n, -n, -n]))
# int subclasses go through `+`: their __radd__ runs, from the total so far
print(sum([1, 2, MyInt(3), 4]))
print(sum([big, MyInt(1)]))
print(sum([MyInt(5)], 7))
print(sum([PlainSub(5), 6]), type(sum([PlainSub(5), 6])))
print(sum([1, 2, 3], PlainSub(10)), type(sum([1, 2, 3], PlainSub(10))))
# floats take over from the int total
print(sum([1, 2, 0.5, 3]))
print(sum([big, 0.5]))
print(sum([1, 2.5, True, big]))
print(sum([0.1] * 10))
print(sum([1e308, 1e308]))
print(sum([2 ** 53, 1.0, 1]))
print(sum([1.5, 2], 0.25))
print(sum([1, 2], 0.5))
print(sum([1, 2, 3j]))
print(sum([[1], [2]], []))
print(sum(((1,), (2,)), ()))
# errors: the message is the one `+` raises, with the total reached so far
for args in ([[1, 2, "a"]], [[big, None]], [[1.5, "x"]], [["a", "b"]], [[1, 2 ** 2000, 1.0]]):
    try:
        print(sum(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    sum([1, 2 ** 1100, 1.0])
except OverflowError as e:
    print("OverflowError", e)
for start in ("", "a", b"", bytearray(b"x")):
    try:
        sum([], start)
    except TypeError as e:
        print("TypeError", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError", e)
try:
    sum()
except TypeError as e:
    print("TypeError", e)
print(sum([1, 2], start=10))
try:
    sum(iterable=[1, 2])
except TypeError as e:
    print("TypeError", e)

def gen():
    yield 1
    yield 2 ** 70
    raise ValueError("boom")
try:
    sum(gen())
except ValueError as e:
    print("ValueError", e)

# the iterator is consumed only up to the failing item
it = iter([1, 2, "x", 4, 5])
try:
    sum(it)
except TypeError as e:
    print("TypeError", e)
print(list(it))
