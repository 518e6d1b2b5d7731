# // % ** on negative numbers and floats
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1.0, 0.3)]:
    print(a, b, a // b, a % b)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, (-2) ** 2, 2 ** 0.5)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 / 4, 10 / 5, -10 / 4, 1 / 3)
print(-7 % 3, 7 % -3, -7.0 % 3, 7.0 % -3)
print(0.0 ** 0, 0 ** 0, 4 ** 0.5, (-8) ** (1 / 3) if False else "skip complex")
print(5 % 1.5, -5 % 1.5)
print(-0.0 % 5, 0.0 // -1)
