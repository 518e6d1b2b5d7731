# Messages of builtins given arguments of the wrong kind, as CPython 3.11 words them.
def t(name, f):
    try:
        print(name, "ok", repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)

class M:
    def __getitem__(self, k):
        raise KeyError(k)

t("eval globals int", lambda: eval("1", 1))
t("eval globals mapping", lambda: eval("1", M()))
t("eval locals int", lambda: eval("1", {}, 1))
t("eval locals mapping", lambda: eval("1", {}, {"a": 2}))
t("exec globals int", lambda: exec("1", 1))
t("exec locals int", lambda: exec("1", {}, 1))
t("exec locals none", lambda: exec("1", {}, None))
t("compile filename", lambda: compile("1", 5, "eval"))
t("compile mode", lambda: compile("1", "f", 5))
t("compile mode2", lambda: compile("1", "f", "bad"))
t("import int", lambda: __import__(5))
t("isinstance generic", lambda: isinstance([], list[int]))
t("issubclass generic", lambda: issubclass(list, list[int]))
t("isinstance int", lambda: isinstance(1, 1))
t("issubclass int", lambda: issubclass(int, 1))
t("open mode nul", lambda: open("nonexistent-file", "w\x00"))
t("open buffering", lambda: open("nonexistent-file", "r", buffering="x"))
t("open buffering2", lambda: open("nonexistent-file", "r", buffering=1.5))
for m in ["rw", "", "x+r", "rr", "q", "wb+t", "bt", "U", "rU", 5]:
    t("open %r" % (m,), lambda: open("nonexistent-file", m))
