# int() from strings and floats, with bases
print(int("123"), int("-45"), int("+7"), int(" 42 "), int("\t9\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o17", 0))
print(int("101", 2), int("0b101", 0), int("z", 36), int("1_000"), int("0", 0))
print(int(3.9), int(-3.9), int(1e20), int(True), int(2.0 ** 70))
print(int("123456789012345678901234567890"))
print(int("-" + "9" * 40))
print(int(), int(0.5), int(-0.5))
for bad in ("abc", "", "1.5", "12 34", "0x10", " "):
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(e)
