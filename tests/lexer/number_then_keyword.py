# A number directly followed by a keyword still reads as number and keyword (with a
# SyntaxWarning on stderr).
x = 1if True else 2
print(x, [0x1for _ in 'ab'], 1or 2, 0o7or 1, 0b1or 1, 1.5or 1, 1e3or 1, 1jor 1)
print(1in [1], 1not in [2], 1and 3, 1 if 1else 2)
