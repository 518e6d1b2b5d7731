# __repr__ and __str__
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both-str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<1>"
class StrOnly:
    def __str__(self):
        return "str-only"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b), [b], (b,), {"k": b}, f"{b} {b!r}")
print(r, str(r), [r])
print(s, str(s), type(s))
print("%s %r" % (b, b), "{} {!r}".format(b, b))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents!r})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
m = Money(1234)
print(m, repr(m), [m, Money(5)])
