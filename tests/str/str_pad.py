# center/ljust/rjust/zfill/expandtabs
print("[" + "abc".center(9) + "]", "[" + "abc".center(8) + "]", "[" + "abc".center(9, "*") + "]")
print("[" + "ab".center(5) + "]", "[" + "ab".center(4, "-") + "]", "[" + "abcd".center(2) + "]")
print("[" + "abc".ljust(6) + "]", "[" + "abc".rjust(6, ".") + "]", "[" + "abc".ljust(2) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print("a\tb\tc".expandtabs(4), "ab\tc".expandtabs())
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
