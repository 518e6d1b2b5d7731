# generator functions consumed by for, next, list, sum
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
for x in count_up(3):
    print("for", x)
g = count_up(3)
print(next(g), next(g), next(g), next(g, "exhausted"))
try:
    next(g)
except StopIteration:
    print("StopIteration after exhaustion")
print(list(count_up(5)), sum(count_up(5)), max(count_up(5)), sorted(count_up(3), reverse=True))
print(type(g), type(g).__name__, iter(g) is g)
def empty():
    return
    yield
print(list(empty()))
def letters():
    yield "a"
    yield "b"
    yield from "cd"
print("".join(letters()), list(enumerate(letters())))
print(list(zip(count_up(10), "xyz")))
print(dict(zip(letters(), count_up(4))))
