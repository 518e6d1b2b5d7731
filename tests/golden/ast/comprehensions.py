a = [x for x in range(10)]
b = [x * y for x in range(3) for y in range(3) if x != y if y]
c = {x for x in s}
d = {k: v for k, v in items.items() if v}
e = (x for x in y)
f = [[y for y in x] for x in z]
g = [x for x, in pairs]
h = [(x, y) for (x, y) in z]
i = sum(x for x in range(10))
j = [y := f(x), y ** 2]
k = [y for x in data if (y := f(x))]
async def agen():
    l = [x async for x in aiter() if x]
    m = {x: y async for x, y in aiter()}
    n = (await x for x in y)
