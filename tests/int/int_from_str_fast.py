# int(str): the plain-decimal fast path and everything around it.
ok = ["0", "7", "-7", "+7", " 42 ", "\t-13\n", "000123", "-0", "+0",
      "999999999999999999", "-999999999999999999", "1000000000000000000",
      "9223372036854775807", "-9223372036854775808", "4611686018427387903",
      "4611686018427387904", "-4611686018427387904", "-4611686018427387905",
      "1_000", "0x1f".replace("0x", ""), "\x1c5\x1f", "\x0b\x0c7\r", "\x855\x85", "\u20035", "١٢٣", " 12\u00a0",
      "12345678901234567890123", "0" * 30 + "5"]
for s in ok:
    try:
        v = int(s)
        print(repr(s), v, type(v))
    except ValueError as e:
        print(repr(s), "ValueError", e)
bad = ["", " ", "-", "+", "--1", "1 2", "1_", "_1", "1__0", "12a", "0x10", "1.5", "١x", "\x00",
       "+-3", "3-", "9" * 19 + "x"]
for s in bad:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError", e)
print(int("10", 2), int("z", 36), int("0x10", 0), int("010", 10), int(" 0b11 ", 0))
try:
    int("010", 0)
except ValueError as e:
    print("ValueError", e)
print(int(b"  12 "), int(bytearray(b"-3")))

class MyStr(str):
    pass

class MyInt(int):
    pass

print(int(MyStr("55")), type(MyInt("12")), MyInt("12"))
print(int("7", base=10), int(x="7") if False else "x= skipped")
try:
    int("7", bas=10)
except TypeError as e:
    print("TypeError", e)
