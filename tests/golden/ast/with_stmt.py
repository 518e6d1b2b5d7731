with (a, b): pass
with (a): pass
with (a as b, c as d,): pass
with (a, b) as c: pass
with (a) as b, (c): pass
async def f():
 async with (a as b): pass
with (open(x) as f): pass
with (
    open(x) as f,
    open(y) as g
):
    pass
with (yield): pass
with (x for x in y): pass
async def g():
    async with a as b, c:
        pass
    async with (a as b,
                c as d):
        pass
