# A number directly followed by a keyword: CPython 3.11 warns ("invalid decimal literal")
# and reads on; the warnings come out before a later syntax error.
x = 1if True else 2
y = [0x1for _ in ()]
z = 1or 2, 0o7or 1, 0b1or 1, 1.5or 1, 1e3or 1, 1jor 1
w = 1in [1], 1not in [2], 1and 3
print(0else 1)
