# comparisons between big and small ints, and ints with floats
big = 2 ** 100
print(big > 1, big < 1, -big < -1, big == big + 0, big != big + 1)
print(big > 2 ** 99, -big < -(2 ** 99), big == 2 ** 100)
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 2 ** 63)
print(big == float(big), big + 1 == float(big), big + 1 > float(big))
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(max(3, big, -big), min(3, big, -big))
print(sorted([big, -5, 0, -big, 2 ** 64, 7]))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(abs(-big) == big, -(-big) == big, hash(2 ** 61 - 2) == hash(float(2 ** 61 - 2)))
