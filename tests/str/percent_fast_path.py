# str % args: the plain %d/%i/%u/%s fast path must agree with the general one on every edge.

class S(str):
    def __str__(self):
        return "S.__str__"

class I(int):
    def __str__(self):
        return "I.__str__"
    def __repr__(self):
        return "I.__repr__"

big = 2 ** 70
cases = [
    ("line %d: value=%d", (5, 35)),
    ("%d", 7),
    ("%d", (7,)),
    ("%s", 7),
    ("%s", "x"),
    ("%s", ("x",)),
    ("%s%s", ("", "")),
    ("%s", ""),
    ("%i %u %d", (-1, -2, 0)),
    ("%d %d", (2 ** 62 - 1, -(2 ** 62))),
    ("%d", 2 ** 62),
    ("%d", big),
    ("%s", big),
    ("%d", -big),
    ("%d", True),
    ("%s", True),
    ("%s", None),
    ("%s", 1.5),
    ("%d", 2.75),
    ("%s", S("abc")),
    ("%s", (S("abc"),)),
    ("%d", I(4)),
    ("%s", I(4)),
    ("%s", (I(4),)),
    ("100%%", ()),
    ("%%%d%%", 5),
    ("%s and %s", ("é", "ü")),
    ("é %d", 3),
    ("%s", "日本"),
    ("%5d|%-5d|%05d", (1, 2, 3)),
    ("%x %o %X", (255, 8, 255)),
    ("%.3s", "abcdef"),
    ("%r", "q"),
    ("%s", [1, 2]),
    ("%s", ([1, 2],)),
    ("%(a)s", {"a": 1}),
    ("%s", {"a": 1}),
    ("no directives", ()),
    ("", ()),
    ("%s" * 20, tuple(range(20))),
    ("x" * 300 + "%d", 1),
    ("%s", "y" * 300),
    ("%d" * 40, tuple(range(10 ** 6, 10 ** 6 + 40))),
]
for fmt, args in cases:
    try:
        r = fmt % args
        print(repr(r), len(r))
    except Exception as e:
        print(type(e).__name__, e)

# errors: the general path's messages
errors = [
    ("%d", "x"),
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("abc", "x"),
    ("abc", 5),
    ("%s %s", "ab"),
    ("%", 1),
    ("%d%", 1),
    ("%y", 1),
    ("%s", ()),
    ("%d", None),
    ("%i", [1]),
]
for fmt, args in errors:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)

# the result is a new, ordinary str
s = "%s" % "abc"
print(s == "abc", type(s) is str)
print(("%s" % S("zz")) == "S.__str__")
print(len("%s-%d" % ("ñ", 12)), ("%s-%d" % ("ñ", 12)).upper())
