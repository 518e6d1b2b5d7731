# find/rfind/index/rindex/count/startswith/endswith
s = "hello world, hello python"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.find("o", 5), s.find("o", 5, 7))
print(s.index("world"), s.rindex("o"), s.count("l"), s.count("hello"), s.count(""), "aaa".count("aa"))
print(s.startswith("hello"), s.startswith(("x", "he")), s.endswith("python"), s.endswith(("a", "b")))
print(s.startswith("world", 6), s.endswith("hello", 0, 5), "".startswith(""), "abc".find(""))
try:
    s.index("xyz")
except ValueError as e:
    print(e)
try:
    s.rindex("xyz")
except ValueError as e:
    print(e)
print("abcabc".rfind("c"), "abcabc".rfind("c", 0, 4), "abc".find("c", -1))
