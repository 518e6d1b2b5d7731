# operator precedence
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2)
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
print(not 1 == 2, not (1 == 2), 1 < 2 and 2 < 3 or False)
print(10 - 3 - 2, 100 / 10 / 5, 2 ** 2 ** 3, 20 // 3 * 3, 20 % 7 * 2)
print(- 3 ** 2, ~ 1 + 1, -1 * -1)
print(1 if 0 else 2 if 1 else 3)
print(True or False and False, (True or False) and False)
print(3 * "ab" + "c", "x" * 2 * 2)
print([1, 2] * 2 + [3], 3 > 2 == True)
x = 1
print(x == 1 in [True], (x == 1) in [True])
