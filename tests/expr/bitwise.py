# bitwise operators including negative and big ints
print(12 & 10, 12 | 10, 12 ^ 10)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-1 & 0xFF, -256 & 0xFF, -1 >> 5, -16 >> 2, -17 >> 2)
print(1 << 100, (1 << 100) >> 99)
print((2 ** 80 + 5) & 0xFF, (2 ** 80) | 1, (2 ** 80) ^ (2 ** 80))
print(-(2 ** 80) & 0xFFFF, -(2 ** 80) >> 70)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(5 & True, 1 << True)
print(bin(0b1010 ^ 0b0110), hex(0xF0 | 0x0F))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
