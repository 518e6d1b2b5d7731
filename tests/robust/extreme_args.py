# Builtins given extreme arguments: exact results or CPython's exceptions, never a crash.
def t(name, f):
    try:
        print(name, "ok", repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)

# chr converts to a C int before the range check
for v in [-1, 0x110000, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32, 2**62, 2**100]:
    t("chr %d" % v, lambda: chr(v))
# slices with steps at the limits of the index type
for step in [2**62, -2**62, 2**63 - 1, -2**63, -2**63 + 1, 2**100, -2**100]:
    t("str step %d" % step, lambda: "abc"[::step])
    t("list step %d" % step, lambda: [1, 2, 3][::step])
    t("tuple step %d" % step, lambda: (1, 2, 3)[::step])
    t("bytes step %d" % step, lambda: b"abc"[::step])
    t("unicode step %d" % step, lambda: "\u00e9\u4e2d\U0001f600"[::step])
    t("range step %d" % step, lambda: range(10)[::step])
    t("indices %d" % step, lambda: slice(None, None, step).indices(10))
t("indices big", lambda: slice(None, None, -2**100).indices(2**100))
t("indices big2", lambda: slice(2**100, -2**100, 3).indices(2**70))
t("indices neg", lambda: slice(1, 2).indices(-1))
t("indices zero", lambda: slice(1, 2, 0).indices(5))
t("indices str", lambda: slice(1, 2).indices("a"))
t("from_bytes str", lambda: int.from_bytes("ab", "big"))
t("zip kw", lambda: list(zip([1], [2], strict=True, foo=1)))
t("zip kw2", lambda: list(zip([1], foo=1)))
