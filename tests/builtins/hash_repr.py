# hash equality and repr of built-in values
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 70) == hash(float(2 ** 70)), hash((1, 2)) == hash((1.0, 2.0)))
print(hash("abc") == hash("ab" + "c"), hash(frozenset({1})) == hash(frozenset([1])))
print(hash(-1) == hash(-2), hash(5), hash(-5), hash(10 ** 6))
print(repr(1), repr(1.5), repr("s"), repr([1, "a"]), repr((1,)), repr({1: "a"}), repr(None), repr(True))
print(repr(range(3)), repr(b"x"), repr(set()), repr(frozenset()), repr(...), repr(NotImplemented))
print(repr(int), repr(str), repr(ValueError), repr(len), repr(print))
print(str(int), str(type(None)))
