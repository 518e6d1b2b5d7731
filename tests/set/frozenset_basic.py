# frozenset: immutable, hashable, usable as dict key and set member
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, type(f).__name__)
print(f | {4}, f & {1, 9}, type(f | {4}).__name__, type({4} | f).__name__)
print(frozenset(), frozenset("aa") == frozenset({"a"}), f == {1, 2, 3})
d = {f: "value", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    f.add(5)
except AttributeError as e:
    print(e)
try:
    {{1}}
except TypeError as e:
    print(e)
print(sorted(map(sorted, [frozenset([2, 1]), frozenset([0])])))
