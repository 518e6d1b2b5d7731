# escape sequences in normal strings
s = "a\nb\tc\\d"
print(s)
print(repr(s))
print("\x41\x42\x43")
print("\u00e9", len("\u00e9"))
print("\U0001F600" == "😀", len("\U0001F600"))
print(ord("\0"), len("\0"))
print(ord("\101"), "\101\102", ord("\7"), ord("\177"))
print(repr("\a\b\f\v\r"))
print("quote: \" and \'")
print("backslash at end \\")
print(len("\\n"), "\\n")
print(ord("\x00"), ord("\xff"), ord("\u20ac"))
