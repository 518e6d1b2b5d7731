# get, setdefault, pop, popitem, update, clear, |, |=
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "default"))
print(d.setdefault("a", 99), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("a"), d.pop("zz", "missing"), d)
print(d.popitem(), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(x=10)
print(d)
print(d | {"w": 0, "x": -1}, {"w": 0} | d)
d |= {"q": 7}
print(d)
d.clear()
print(d, len(d))
try:
    d.pop("none")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
