# implicit string concatenation across lines and prefixes
s = ("hello "
     'world'
     """!""")
print(s)
x = 3
t = ("raw\\n: " r"\n" f" f{x}" "\t|")
print(repr(t))
b = (b"ab"
     b"cd")
print(b)
print("a" "b" == "ab")
print(len("abc" "def"))
words = ["one" "two", "three"]
print(words)
print(f"{x}" "{x}" f"{x}")
