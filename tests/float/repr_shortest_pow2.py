# repr of a float is the shortest string that reads back exactly; at an exact power of two
# the gap below the value is half the gap above, which the search must allow for.
print(2.0 ** -24, 2.0 ** -44, 2.0 ** 89)
print(2**64 % 0.3333333333333333)
for e in range(-1074, 1024, 3):
    x = 2.0 ** e
    print(e, repr(x), str(-x))
print(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e23, 9.999999999999999e22)
print(0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 0.3, 1.1 * 3)
