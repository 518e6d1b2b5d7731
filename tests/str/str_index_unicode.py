# indexing, slicing and len with non-ASCII code points
s = "héllo 日本 😀!"
print(len(s))
for i in range(len(s)):
    print(i, s[i], ord(s[i]))
print(s[1], s[-1], s[-2], s[6:8], s[::-1])
print(s.upper(), s.find("日"), s.index("😀"), s.count("l"))
print(list("añb"), "日本"[1], "日本" * 2, "é" in s, "本 😀" in s)
print(s.encode("utf-8"), len(s.encode("utf-8")))
print("日本".encode(), b"\xe6\x97\xa5".decode("utf-8"))
print(chr(0x1F600), chr(233), ord("€"), hex(ord("😀")))
print("ÄÖÜ".lower(), "straße".upper())
print(sorted("bca日é"))
try:
    s[100]
except IndexError as e:
    print(e)
