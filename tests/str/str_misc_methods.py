# misc: str(), join of generators, ord/chr round trips, iteration, min/max, translate-free ops
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), sorted(words), sorted(words, key=len), max(words, key=len))
print(" ".join(w.capitalize() for w in words))
print(" ".join(reversed(words)))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print("".join(chr(ord(c) + 1) for c in "HAL"))
print("abc".isascii(), "é".isascii(), "a1".isalnum(), "Hello World".istitle())
print("a,b;c".replace(";", ",").split(","))
print("%s" % "x" * 3, "ab".join("12"), "x".join(["only"]))
print(str.upper("abc"), str.join("-", "xyz"))
