# bytes literals, repr, len, indexing, slicing, concatenation
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(b"" + b"ab" + b"cd", b"ab" * 3, b"ell" in b, 104 in b, b == b"hello")
print(repr(b"\x00\x01\x7f\x80\xff"), b"\t\n\r", b"'", b'"', b"'\"", b"\\")
print(list(b"abc"), bytes([65, 66, 67]), bytes(3), bytes("é", "utf-8"))
print(b.decode(), b.upper(), b.split(b"l"), b.replace(b"l", b"L"), b.find(b"l"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith(b"lo"), b.strip(b"ho"), b"-".join([b"a", b"b"]))
print(b.hex(), bytes.fromhex("48 69"), b[1:2] == b"e")
for x in b"hi":
    print(x)
print(b < b"help", b"abc" < b"abd", max(b), sum(b))
try:
    b + "str"
except TypeError as e:
    print(e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    b[10]
except IndexError as e:
    print(e)
