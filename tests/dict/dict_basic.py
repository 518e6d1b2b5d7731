# dict creation, insertion order, access, update, deletion
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20          # updating keeps the original position
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
del d["a"]
d["a"] = 100         # re-inserting goes to the end
print(d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"k": "v"}, extra=1))
print(dict(), {}, dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
e = d.copy()
e["new"] = 1
print(d, e)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print({1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?"})
print({"x": [1, 2], "y": {"z": None}})
d2 = {}
d2[3] = "c"; d2[1] = "a"; d2[2] = "b"
print(d2, sorted(d2), sorted(d2.items(), key=lambda kv: kv[1], reverse=True))
print(d == {"b": 20, "c": 3, "a": 100}, {1: 2} != {1: 3})
