# every operator token
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 1)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
x = 10
x += 1; x -= 2; x *= 3; x //= 2; x %= 7; x **= 2
print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 0b0001; print(y)
y ^= 0b1111; print(y)
y <<= 3; print(y)
y >>= 2; print(y)
z = 7.0
z /= 2; print(z)
print([1, 2][0], {1: 2}[1], (lambda: 3)())
def f(p: int) -> int: return p
print(f(4))
print(...)
print((n := 5), n)
