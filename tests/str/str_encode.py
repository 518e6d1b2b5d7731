# encode / decode
s = "héllo €"
b = s.encode()
print(b, len(b), type(b).__name__)
print(s.encode("utf-8") == b, b.decode() == s, b.decode("utf-8"))
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("é".encode("ascii", "replace"), b"a\xffb".decode("utf-8", "replace"), "é".encode("ascii", "ignore"))
