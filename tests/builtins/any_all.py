# any/all, including short-circuiting
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any("abc"), all(""), any([None, ""]), all([[], 1]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5, 7]), seen)
seen.clear()
print(all(check(x) for x in [5, 1, 7]), seen)
print(all(isinstance(x, int) for x in [1, 2, True]), any(c.isdigit() for c in "ab3"))
