# format() with various specs and str/repr of special values
print(format(1234.5, ","), format(0.000012, ".2e"), format(42, "#06x"), format(7, "03"))
print(format("abc", ">5"), format("abc", "^7"), format("abc", "_<6"), format(3, "*>4"))
print(format(-1, "+"), format(1, "+"), format(1, " "), format(0.1, ".1%"))
print(format(97, "c"), format(65, "c"), format(1e100, ".3g"))
for i in range(0x41, 0x47):
    print(chr(i), end="")
print()
print([ord(c) for c in "AZaz09"])
