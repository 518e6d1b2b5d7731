# strip/lstrip/rstrip with chars, replace with count
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHIcba".lstrip("abc"), "abcHIcba".rstrip("ab"))
print("...text...".strip("."), repr("".strip()), repr("   ".strip()))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".replace("l", ""), "hello".replace("xyz", "q"), "a.b.c".replace(".", "::", 1))
print("spam".removeprefix("sp"), "spam".removesuffix("am"), "spam".removeprefix("x"))
print("ababab".replace("ab", "ba", 0), "aaaa".replace("aa", "b"))
