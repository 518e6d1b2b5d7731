# bytes % args (PEP 461): conversions, flags, widths, mapping keys and CPython's errors.
print(b"%05s|%-5s|%5s|%.1s|%5c|%-3c|%05c" % (b"ab", b"ab", b"ab", b"xyz", 65, b"x", 66))
print(b"%r %a %5r %.3a" % ("é", "é", 1, "abcdef"))
print(b"%(a)s %(b)d" % {b"a": b"x", b"b": 5})
print(b"%5.2f %x %#X %o %+d %e %g %i %u" % (3.14159, 255, 255, 8, 5, 1.5, 2.5, 7, 8))
print(b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print(b"%*d" % (-5, 1))
print(b"%s" % bytearray(b"ba"), b"%b" % b"bb")
class B:
    def __bytes__(self): return b"BYTES"
class BadB:
    def __bytes__(self): return "str"
print(b"%s" % B(), b"%-7b|" % B())
print(b"hello" % [1], b"hello" % {})
print(bytearray(b"%d-%s") % (1, b"x"), type(bytearray(b"%d") % 1).__name__)
print(b"%c" % 255, b"single %s" % b"arg", b"%d%%" % 50)
for fmt, a in [(b"%5%", ()), (b"%5%", (1,)), (b"%-5%|", (1,)), (b"%(x)%", {b"x":1}), (b"%s", "str"), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"), (b"%d", "x"), (b"%x", 1.5), (b"%y", 1), (b"%s %s", (1,)), (b"%s", (1, 2)), (b"%(a)s", 1), (b"%", ()), (b"%*d", ("a", 1)), (b"abc", 5), (b"%(a)s", {}), (b"%.*f", ("x", 1.0)), (b"%c", -1), (b"%d", 2**100), (b"%s", 5), (b"%(a", {}), (b"%5", 1), (b"%ld %hd %Lf", (1, 2, 1.5)), (b"%.0s|", b"abc"), (b"%c", True), (b"%d", True), (b"%s", bytearray(b"q")), (b"%a", b"x"), (b"%r", [1, "\u20ac"]), (b"%x", -255), (b"%#o", 8), (b"%05d", -3), (b"% d", 3), (b"%.3d", 5), (b"%.2e", 12345.678), (b"%10.4g", 1/3), (b"%F", float("inf")), (b"%s", 1.5), (b"%(a)s%(a)s", {b"a": b"z"}), (b"%s%%", b"q"), (b"%(a)s %s", {b"a": b"z"}), (b"%s", BadB()), (b"%d %d", (1, 2, 3)), (b"%s", ()), (b"%c", bytearray(b"z")), (b"%#x %#o", (0, 0)), (b"%i", 3.9), (b"%o", 3.0)]:
    try:
        print(fmt % a)
    except Exception as e:
        print(type(e).__name__, e)
