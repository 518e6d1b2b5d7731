# evaluation order in comprehensions
log = []
def src(name, n):
    log.append(f"iter {name}")
    return range(n)
def cond(x):
    log.append(f"cond {x}")
    return x % 2 == 0
def val(x):
    log.append(f"val {x}")
    return x
result = [val(x) for x in src("a", 4) if cond(x)]
print(result)
print(log)
log.clear()
pairs = [(x, y) for x in src("outer", 2) for y in src("inner", 2)]
print(pairs)
print(log)
log.clear()
d = {val(k): val(k * 10) for k in range(2)}
print(d, log)
