# float repr: shortest round-trip representation
for v in [0.1, 0.1 + 0.2, 1e16, 1e-5, 1.0, 3.14, 1 / 3, -0.0, 2.5e-300, 123456789.0, 1e22,
          1e15, 1e17, 0.0001, 0.00001, 100.0, 1.5, 2 / 3, 1e308, 5e-324, 12345678901234567.0,
          9007199254740993.0, 0.3, 1.1 * 1.1, 1e-7, 123.456, -1.5e-10]:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(1.5e300 * 1e10, -1.5e300 * 1e10, 1e308 * 10)
print(float("inf") - float("inf"))
print([0.1, 0.2, 1e100], (1.0,), {1.5: 2.5})
