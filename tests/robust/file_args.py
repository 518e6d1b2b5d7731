# File methods given bad sizes and closed files.
def t(name, f):
    try:
        print(name, "ok", repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)

with open("robust_file_args.txt", "w") as f:
    f.write("hello\nworld\n")
f = open("robust_file_args.txt")
t("read str", lambda: f.read("x"))
t("read float", lambda: f.read(1.5))
t("read list", lambda: f.read([]))
t("read huge", lambda: f.read(2**100))
t("readline huge", lambda: f.readline(2**100))
t("readline str", lambda: f.readline("x"))
t("readlines str", lambda: f.readlines("x"))
t("readline 3", lambda: f.readline(3))
t("read None", lambda: f.read(None))
f.close()
t("closed read", lambda: f.read())
t("closed readline", lambda: f.readline())
t("closed iter", lambda: next(f))
t("closed write", lambda: f.write("x"))
t("closed seek", lambda: f.seek(0))
t("closed close", lambda: f.close())
f = open("robust_file_args.txt", "rb")
t("rb read str", lambda: f.read("x"))
t("rb readline huge", lambda: f.readline(-2**100))
t("rb readlines", lambda: f.readlines(-1))
f.close()
import posix
posix.remove("robust_file_args.txt")
with open("robust_file_args.txt", "w") as f:
    f.write("hi\n")
for mode in "r", "rb":
    f = open("robust_file_args.txt", mode)
    for m in "read", "readline", "readlines":
        for a in "x", 2**100, -2**100, 1.5:
            t("%s %s %r" % (mode, m, a), lambda: getattr(f, m)(a))
    f.close()
posix.remove("robust_file_args.txt")
