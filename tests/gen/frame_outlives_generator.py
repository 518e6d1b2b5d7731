# A generator's frame lives on after the generator is gone (kept by a traceback or by
# gi_frame): its line, code, globals and locals stay readable.
import sys

GLOBAL_MARK = "module global"


def failing(n):
    total = n * 2
    yield total
    label = "about to fail"
    raise ValueError(label)


def keep_traceback():
    g = failing(5)
    print(next(g))
    try:
        next(g)
    except ValueError as e:
        tb = e.__traceback__
    del g
    # the innermost entry is the generator's frame, its generator gone
    while tb.tb_next:
        tb = tb.tb_next
    return tb


tb = keep_traceback()
fr = tb.tb_frame
print(tb.tb_lineno, fr.f_lineno)
print(fr.f_code.co_name, fr.f_code is failing.__code__)
print(sorted(fr.f_locals.items()))
print(fr.f_globals is globals(), fr.f_globals["GLOBAL_MARK"])
print(fr.f_back)
print(repr(fr).startswith("<frame at 0x"), "failing" in repr(fr))


def counter(start):
    n = start
    while True:
        yield n
        n += 1


g = counter(10)
next(g)
next(g)
kept = g.gi_frame
print(kept.f_lineno, sorted(kept.f_locals.items()), kept.f_code.co_name)
del g   # closed: the frame object stays valid
print(kept.f_lineno, kept.f_code.co_name, kept.f_globals is globals())
print(sorted(kept.f_locals.items()))

# many frames kept while their generators go, in either order
frames = []
gens = [counter(i) for i in range(200)]
for i, x in enumerate(gens):
    next(x)
    if i % 3 == 0:
        frames.append(x.gi_frame)
del gens
print(len(frames), sum(f.f_lineno for f in frames), frames[5].f_code.co_name)
frames.clear()

# a finished generator whose frame is kept by a traceback it raised
def raiser():
    local_value = [1, 2, 3]
    yield 1
    raise KeyError("k")

r = raiser()
next(r)
try:
    next(r)
except KeyError as e:
    saved = e
print(r.gi_frame, r.gi_running, r.gi_suspended)
inner = saved.__traceback__
while inner.tb_next:
    inner = inner.tb_next
print(inner.tb_frame.f_code.co_name, inner.tb_frame.f_locals)
del r
print(inner.tb_frame.f_lineno, inner.tb_frame.f_locals)

# frames of code run by exec() and eval() find their namespaces too, also once finished
ns = {"x": 1}
exec("import sys\nfr = sys._getframe()\ntry:\n    1/0\nexcept ZeroDivisionError as e:\n    err = e\n", ns)
fr = ns["fr"]
print(fr.f_globals is ns, fr.f_locals is ns, fr.f_code.co_name)
print(ns["err"].__traceback__.tb_frame is fr, ns["err"].__traceback__.tb_lineno)
loc = {}
exec("y = 2\nimport sys\nf2 = sys._getframe()", ns, loc)
print(loc["f2"].f_globals is ns, loc["f2"].f_locals is loc, sorted(loc))
g = {"sys": sys}
print(eval("sys._getframe().f_globals", g) is g)
try:
    1 / 0
except ZeroDivisionError as e:
    mod = e.__traceback__.tb_frame
print(mod.f_globals is globals(), mod.f_code.co_name)
