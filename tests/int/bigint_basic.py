# big integers: powers, factorials, negative values
print(2 ** 100)
print(-(2 ** 100))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63))
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)))
print(10 ** 30 + 1, 10 ** 30 - 1)
print(123456789 * 987654321 * 123456789 * 987654321)
print((2 ** 100) // (2 ** 50), (2 ** 100) % 1000007)
print(3 ** 200)
print(-(3 ** 41) * 7)
a = 2 ** 90
b = a + 1
print(b - a, a - b, a * 0, a * -1)
print(2 ** 62 + 2 ** 62, 2 ** 31 * 2 ** 31 * 4)
print(0 - 2 ** 64, -1 * 2 ** 64 + 2 ** 64)
