import sys, traceback
def run(f):
    try: f()
    except Exception: print(traceback.format_exc().replace(__file__, "FILE"), end="")
def a():
    x = (1 +
         "s")
def b():
    return max(
        1, None)
def c():
    d = {}
    return d[
        "k"]
def gen():
    yield 1
    yield 1 / 0
def e():
    for v in gen(): pass
def f():
    g = (1 / x for x in [1, 0])
    return list(g)
def h():
    x = [1, 2]
    x.append(1)(2)
def i():
    assert isinstance(3, str), \
        "multi"
def j():
    raise ValueError(
        "multi-line raise")
def k():
    obj = None
    obj.attr = 5
def l():
    with open("/nonexistent/file") as f:
        pass
def m():
    import nonexistent_mod
def n():
    from sys import nonexistent_name
def o():
    a, b, c = (1, 2)
for t in (a, b, c, e, f, h, i, j, k, l, m, n, o):
    run(t)
