# concatenation, repetition, comparison, membership, iteration
a = "abc"
print(a + "def", a * 3, 3 * a, a * 0, a * -1 == "", "-" * 10)
print(a == "abc", a != "abd", a < "abd", a > "ab", "B" < "a", "abc" < "abcd", "é" > "z")
print("b" in a, "bc" in a, "" in a, "ac" in a, "x" not in a)
print([c for c in a], list(reversed(a)), sorted("banana"), max("hello"), min("hello"))
print(str(123), str(1.5), str(None), str([1, "a"]), str(("x",)), str(True))
print(len(""), len("abc"), len("a\nb"), "abc"[1], "abc"[-1])
s = "x"
t = s
s += "y"
print(s, t)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    a[0] = "z"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
