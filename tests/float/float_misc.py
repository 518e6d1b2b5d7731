# float misc: int/float equality, hashing, min/max, sum, comparisons
print(1.0 == 1, hash(1.0) == hash(1), hash(-1.0) == hash(-1), hash(0.0) == hash(-0.0))
print(sorted([3.5, -1, 2, 0.0, -0.5]), max(1, 1.0), min(1.0, 1))
print(sum([0.1, 0.2, 0.3]), sum([1, 2], 0.5))
d = {1: "int"}
d[1.0] = "float"
print(d)
print(0.1 + 0.7, 0.7 + 0.1, 1 - 0.9, 4.35 * 100)
print(1e16 + 1, 2 ** 53 + 1.0, float(2 ** 53 + 1))
print(10 / 3, 2 / 3, 100 / 7)
print(1.7976931348623157e308, 2.2250738585072014e-308)
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
print(3.0.__class__.__name__, (1.5).real, (1.5).imag)
