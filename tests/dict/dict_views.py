# keys/values/items views are live
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["c"] = 3
print(k, v, it, len(k))
print("a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(sorted(k), list(reversed(list(k))))
for key, val in d.items():
    print(key, val)
print(k & {"a", "z"} == {"a"}, sorted(k - {"a"}), sorted(k | {"q"}))
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print(e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
