# int methods and attributes
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((5).real, (5).imag, (5).numerator, (5).denominator)
print((7).conjugate(), (-7).__abs__(), (3).__add__(4))
print(int.__name__, isinstance(5, int), issubclass(bool, int))
print(True.bit_length() if hasattr(True, "bit_length") else None)
x = 12345
print(str(x), repr(x), len(str(2 ** 1000)))
print(1_0 + 0b1_0 + 0o1_0 + 0x1_0)
