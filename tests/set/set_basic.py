# set creation and mutation (small ints print in a stable order)
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s)
s.add(4); s.add(1)
print(s)
s.discard(10); s.discard(4)
print(s)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
print(set(), set([1, 1, 2]), set(range(5)), set("aaa"), {1, 1.0, True})
x = s.pop()
print(x in (1, 2), len(s))
s.clear()
print(s, type(s).__name__, set() == set(), {} == set())
print(sorted({"pear", "apple", "fig"}), len({"a", "b", "a"}))
t = {1, 2}
t.update([3], {4})
print(t)
print({x % 3 for x in range(10)}, {1, 2} == {2, 1})
