# split / rsplit / join / splitlines
s = "  a  b c   d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
t = "a,b,,c,"
print(t.split(","), t.split(",", 1), t.rsplit(",", 1), t.split(",", maxsplit=2), t.rsplit(",", maxsplit=2))
print("a--b--c".split("--"), "abc".split("x"), "".split(), "".split(","), "   ".split())
print("1 2 3".split(maxsplit=1), "x".split("x"))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(4)), "|".join([]))
lines = "one\ntwo\r\nthree\rfour\n\nsix"
print(lines.splitlines(), lines.splitlines(True))
print("end\n".splitlines(), "".splitlines(), "x\n\n".split("\n"))
try:
    "a b".split("")
except ValueError as e:
    print(e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
