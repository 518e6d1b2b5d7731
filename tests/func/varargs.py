# *args and **kwargs collection
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, "two", [3]))
print(collect(a=1, b=2))
print(collect(1, *[2, 3], x=4, **{"y": 5}))
def total(*nums):
    return sum(nums)
print(total(), total(1), total(1, 2, 3))
def fmt(template, *values, sep=", "):
    return template + sep.join(map(str, values))
print(fmt("vals: ", 1, 2, 3), fmt("v: ", 1, 2, sep="|"))
def passthrough(*a, **k):
    return collect(*a, **k)
print(passthrough(1, k="v"))
def mutate(**kw):
    kw["added"] = True
    return kw
opts = {"x": 1}
print(mutate(**opts), opts)
