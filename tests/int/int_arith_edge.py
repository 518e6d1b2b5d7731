# arithmetic edge cases around machine word sizes
M = 2 ** 63 - 1
print(M + 1, -M - 2, M * M, M * -M)
print((2 ** 63) // -1, -(2 ** 63) // -1, (-(2 ** 63)) % -1)
print(-(2 ** 63) * -1, abs(-(2 ** 63)), -(-(2 ** 63)))
print((2 ** 32) * (2 ** 32), (2 ** 31 - 1) * (2 ** 31 - 1))
print(-7 // 1, -7 % 1, 0 // -5, 0 % -5)
x = 1
for _ in range(70):
    x = x * 2 + 1
print(x, x.bit_length())
print(x - x, -x + x, x // x, x % x)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
