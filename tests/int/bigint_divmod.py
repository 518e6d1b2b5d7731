# big int floor division and modulo with negative operands
big = 10 ** 25 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (big, 10 ** 12), (-big, 10 ** 12 + 1),
             (7, big), (-7, big), (big, big), (-big, big - 1)]:
    q, r = divmod(a, b)
    print(q, r, a // b == q, a % b == r, q * b + r == a)
print((2 ** 100) / (2 ** 98))
print(-(2 ** 100) // 7, -(2 ** 100) % 7)
print(divmod(-(10 ** 20), 10 ** 10 + 3))
print(2 ** 200 // 3 ** 100)
print(pow(2, 100, 10 ** 9 + 7), pow(-3, 101, 1000), pow(7, 0, 5))
try:
    big // 0
except ZeroDivisionError as e:
    print(e)
try:
    big % 0
except ZeroDivisionError as e:
    print(e)
