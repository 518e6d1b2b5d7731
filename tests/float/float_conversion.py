# float() conversions
print(float("1.5"), float("  -2.25  "), float("1e3"), float("1E-3"), float(".5"), float("5."))
print(float("inf"), float("-Infinity"), float("nan"), float("INF"), float("+inf"))
print(float(3), float(-0), float(2 ** 60), float(True), float())
print(float("1_000.5"), float("0.1"), float("-0"))
print(int(3.9), int(-3.9), int(0.99999), int(1e15))
for bad in ("abc", "", "1.2.3", "1e"):
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
print(float("1" * 30))
print((0.5).is_integer(), (2.0).is_integer(), (2.5).as_integer_ratio())
