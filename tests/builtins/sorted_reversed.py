# sorted and reversed
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("cab"), sorted({"b": 1, "a": 2}))
print(sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([(2, "x"), (1, "y"), (2, "a")]), sorted([-5, 3, -1], key=abs))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "xyz"[i]
print(list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s)
