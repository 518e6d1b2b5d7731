# Arguments beyond a C ssize_t and out-of-range bytes, as CPython words them.
def t(name, f):
    try:
        print(name, "ok", repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)

for n in [2**63, 2**100, -2**100]:
    t("split %d" % n, lambda: "a b c".split(None, n))
    t("split sep %d" % n, lambda: "a,b".split(",", n))
    t("rsplit %d" % n, lambda: "a b c".rsplit(None, n))
    t("replace %d" % n, lambda: "aaa".replace("a", "b", n))
    t("int base %d" % n, lambda: int("1", n))
for b in ["x", 1.5, True, 37, 1, 0, 36]:
    t("int base %r" % (b,), lambda: int("1", b))
for v in [300, -1, 2**100, -2**100]:
    t("bytes %d" % v, lambda: bytes([v]))
    t("bytearray %d" % v, lambda: bytearray([v]))
    t("bytearray extend %d" % v, lambda: bytearray(b"a").extend([v]))
    t("bytearray append %d" % v, lambda: bytearray(b"a").append(v))
t("bytes str item", lambda: bytes(["a"]))
t("bytearray float item", lambda: bytearray([1.5]))
