# str.format
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="hi"))
print("{0[0]} {0[1]} {1[k]}".format([1, 2], {"k": "v"}))
class P:
    x = 3
print("{0.x} {p.x}".format(P, p=P()))
print("{:>6}|{:<6}|{:^6}|{:*^7}|".format("r", "l", "c", "s"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{:,}|{:_}".format(7, 7, -7, 7, 1234567, 1234567))
print("{:.3f} {:10.2e} {:%} {:.0%}".format(1 / 3, 12345.6789, 0.25, 0.5))
print("{:x} {:X} {:o} {:b} {:#b} {:#X}".format(255, 255, 8, 5, 5, 255))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{{literal}} {}".format(1))
w, p = 10, 3
print("{:{w}.{p}f}|".format(3.14159, w=w, p=p), "{:>{}}|".format("x", 4))
print("{}".format(None), "{}".format([1, "a"]), "{:>8}".format(True), "{:d}".format(True))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
