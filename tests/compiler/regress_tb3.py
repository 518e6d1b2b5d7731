import sys, traceback
def run(f):
    try: f()
    except Exception: print(traceback.format_exc().replace(__file__, "FILE"), end="")
def a():
    d = {}
    del d["k"]
def b():
    class O: pass
    del O().x
def c():
    for p, q in [1]: pass
def d():
    return [1 / x for x in [0]]
def e():
    return (lambda v: v.nope)(3)
def f():
    def deco(fn): raise ValueError("deco")
    @deco
    def inner(): pass
def g():
    class K:
        x = 1 / 0
def h():
    return sorted([3, 1], key=lambda v: v.k)
def i():
    x = [1]
    x[5] = 2
def j():
    return print(1, sep=5)
def k():
    return {**{1: 2}, **[1]}
def l():
    return [*5]
def m():
    return f"{1 / 0}"
def n():
    a = 1
    a += None
def o():
    gen = (x for x in 5)
def p():
    return int("3" * 2, base="x")
def q():
    with open(__file__) as fh:
        fh.nope()
def r():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): raise KeyError("exit")
    with CM():
        pass
for t in (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r):
    run(t)
