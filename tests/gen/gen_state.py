# generator local state persists between next() calls; multiple independent generators
def accumulate(xs):
    total = 0
    for x in xs:
        total += x
        yield total
a = accumulate([1, 2, 3])
b = accumulate([10, 20])
print(next(a), next(b), next(a), next(b), next(a))
print(list(a), list(b))
def numbered(items, start=1):
    n = start
    for item in items:
        yield f"{n}. {item}"
        n += 1
for line in numbered(["alpha", "beta"]):
    print(line)
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 14))))
def gen_with_args(*args, **kwargs):
    yield args
    yield kwargs
print(list(gen_with_args(1, 2, k=3)))
