# sys.getsizeof: __sizeof__() plus CPython's 16-byte GC header for the tracked types
# (and 16 more for instances whose __dict__ lives outside the object).
import sys

def gen():
    yield 1

def gen2(n):
    total = 0
    for i in range(n):
        total += i
        yield total

print("list", sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2]))
print("dict", sys.getsizeof({}), sys.getsizeof({1: 2}))
print("tuple", sys.getsizeof(()), sys.getsizeof((1, 2)))
print("set", sys.getsizeof(set()), sys.getsizeof({1, 2}), sys.getsizeof(frozenset()))
print("int", sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(-5), sys.getsizeof(2 ** 30),
      sys.getsizeof(2 ** 62), sys.getsizeof(2 ** 100), sys.getsizeof(-2 ** 100))
print("bool", sys.getsizeof(True), sys.getsizeof(False))
print("str", sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("a" * 100),
      sys.getsizeof("é"), sys.getsizeof("abcé"), sys.getsizeof("ā"), sys.getsizeof("\U0001f600"))
print("float", sys.getsizeof(1.5), sys.getsizeof(None))
print("bytes", sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytearray(b"ab")),
      sys.getsizeof(bytearray()))
print("range", sys.getsizeof(range(10)))
print("gen", sys.getsizeof(gen()), sys.getsizeof(gen2(5)), sys.getsizeof(x for x in range(10)))
print("function", sys.getsizeof(gen), sys.getsizeof(lambda: 0), sys.getsizeof(len))

# A course compares a list with a generator producing the same values.
squares_list = [x * x for x in range(1000)]
squares_gen = (x * x for x in range(1000))
print("comprehension", sys.getsizeof(squares_list), sys.getsizeof(squares_gen))
print(sys.getsizeof(list(range(10))), sys.getsizeof([x for x in range(10)]))
print(sys.getsizeof(list(x for x in range(5))), sys.getsizeof([*range(5)]))
print(sys.getsizeof(sorted(range(9))), sys.getsizeof(["a", "b", "c", "d", "e"]))
grow = []
sizes = []
for i in range(20):
    grow.append(i)
    sizes.append(sys.getsizeof(grow))
print(sizes)
ext = [1]
ext.extend(range(8))
print(sys.getsizeof(ext))

class K:
    pass

class KS:
    __slots__ = ("a",)

class KD(K):
    pass

print("instances", sys.getsizeof(K()), sys.getsizeof(KS()), sys.getsizeof(KD()))
print("__sizeof__", [].__sizeof__(), (1, 2).__sizeof__(), (1).__sizeof__(), "abc".__sizeof__(),
      (2 ** 100).__sizeof__(), gen().__sizeof__())

class Big:
    def __sizeof__(self):
        return 100

class Neg:
    def __sizeof__(self):
        return -1

class NotInt:
    def __sizeof__(self):
        return "x"

print(sys.getsizeof(Big()), sys.getsizeof(1, "default"), sys.getsizeof([], 0))
for cls in (Neg, NotInt):
    try:
        sys.getsizeof(cls())
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getsizeof(NotInt(), "dflt"))
try:
    sys.getsizeof(Neg(), "dflt")
except ValueError as e:
    print("ValueError", e)
