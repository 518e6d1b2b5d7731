class O:
    def m(self, x): return 1 / x
    n = None
o = O()
def a():
    return (o
            .m(0))
def b():
    return (o
            .n
            .zz)
def c():
    o.n = (o
           .n.q)
def d():
    return o.m(
        0)
for f in (a, b, c, d):
    try:
        f()
    except Exception:
        import traceback, sys
        print(traceback.format_exc().replace(__file__, "FILE"), end="")
