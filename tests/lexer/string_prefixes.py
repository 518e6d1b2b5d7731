# r, b, f prefixes and their combinations
print(r"a\nb", len(r"a\nb"))
print(R"c:\temp\new")
print(r'\x41', r"\\", r"\"")
print(b"abc", B"abc", b'\x41\n')
print(rb"\n", Rb"\t", bR"\x41", BR"\\")
x = 5
print(f"x={x}", F"x*2={x*2}")
print(fr"\n{x}", rf"{x}\t", Rf"{x}\d", fR"{x}\e")
print(u"unicode prefix", U"too")
print(type(b"").__name__, type(r"").__name__, type(f"").__name__)
print(r"""raw
triple\n""")
print(b'''bytes
triple''')
