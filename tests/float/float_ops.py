# float arithmetic, // and %
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.0 // -2, 7.0 % -2)
print(0.1 * 3, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10)
print(2.0 ** 0.5, 10.0 ** -2, (-8.0) ** 2, 2.0 ** 1023)
print(5.5 % 2.5, -5.5 % 2.5, 5.5 // 2.5, divmod(5.5, 2.5))
inf = float("inf")
nan = float("nan")
print(inf + 1, inf * -1, inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan < 1, nan > 1, nan != nan, inf * 0)
print(1 / inf, -1 / inf, inf / inf)
print(round(3.14159, 2), round(2.5), round(-0.5), round(1.005, 2), round(0.125, 2))
print(3.0 * 2, 7.5 - 2.5, 1.0 / 4, -0.0 == 0.0, str(-0.0 + 0.0))
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
