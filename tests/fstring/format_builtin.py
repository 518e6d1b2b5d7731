# format() builtin and __format__
print(format(42), format(42, "5"), format(42, "<5") + "|", format("s", "^5") + "|")
print(format(3.5, ".3f"), format(1e6, ",.1f"), format(-42, "010d"), format(42, "+"))
print(format(True), format(None), format([1, 2]), format("x", ""))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:.2f}"
        return f"{self.v}{spec}"
m = Money(3.5)
print(format(m, "usd"), f"{m:usd}", f"{m}", "{:usd}".format(m), format(m, "!"))
try:
    format(1, "q")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
