# str.split(sep): the list is sized by counting first; maxsplit bounds both passes.
cases = [
    ("line 5: value=35", ("=",)),
    ("a=b=c", ("=",)),
    ("a=b=c", ("=", 1)),
    ("a=b=c", ("=", 0)),
    ("a=b=c", ("=", -1)),
    ("a=b=c", ("=", 5)),
    ("=", ("=",)),
    ("==", ("=",)),
    ("", ("=",)),
    ("abc", ("=",)),
    ("a<>b<>c<>", ("<>",)),
    ("a<><>b", ("<>", 1)),
    ("aaaa", ("aa",)),
    ("aaa", ("aa",)),
    ("é=ü=x", ("=",)),
    ("xéyéz", ("é",)),
    ("日本語日本", ("本",)),
    ("a,b,,c,", (",",)),
    (",".join(str(i) for i in range(100)), (",",)),
    (",".join(str(i) for i in range(100)), (",", 50)),
    ("a,b,c,d,e,f,g,h", (",",)),
    ("a,b,c,d,e,f,g,h,i", (",",)),
    ("a,b,c,d,e,f,g,h,i,j", (",",)),
    ("a,b,c,d,e,f,g,h,i,j", (",", 7)),
    ("a,b,c,d,e,f,g,h,i,j", (",", 8)),
    ("a,b,c,d,e,f,g,h,i,j", (",", 9)),
    ("::".join("xyzé" * k for k in range(12)), ("::",)),
    (",,,,,,,,,,,,", (",",)),
]
for s, args in cases:
    r = s.split(*args)
    print(repr(s), args, r, len(r))
print("a=b=c".split(sep="=", maxsplit=1))
print("a b  c".split(None, 1), "a b  c".split())
for args in ((1,), ("",), ("=", "x"), ("=", 2 ** 70)):
    try:
        print("a=b".split(*args))
    except Exception as e:
        print(type(e).__name__, e)
class S(str):
    pass
r = S("a=b").split("=")
print(r, [type(x).__name__ for x in r])
r = "a=b".split(S("="))
print(r, [type(x).__name__ for x in r])
