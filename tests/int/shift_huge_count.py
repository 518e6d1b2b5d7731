# A right shift by a count too big for a machine word shifts every bit out: 0 or -1.
print(1 >> 2**100, -5 >> 2**100, 0 >> 2**100, (2**200) >> 2**100, -(2**200) >> 2**100)
print(5 >> 2**62, -5 >> 2**63, 1 >> 64, -1 >> 64, 2**70 >> 2**64, -(2**70) >> 2**64)
print(True >> 2**100, -True >> 2**100, 12345 >> 2**62 - 1, -12345 >> 2**62 - 1)
x = 7
x >>= 2**100
print(x)
try:
    1 >> -2**100
except ValueError as e:
    print(e)
try:
    1 << 2**100
except OverflowError as e:
    print(type(e).__name__, e)
print(0 << 2**100, 0 >> 2**100)
