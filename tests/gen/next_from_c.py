# next() reached from C code (map, filter, sorted keys) and StopIteration values.
def g(v):
    return v
    yield
def h():
    yield 1
    return "done"
it = h()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("SI", repr(e.value), e.args)
try:
    next(g(42))
except StopIteration as e:
    print("SI", e.value, e.args)
gens = [g(1), g(2)]
try:
    print(list(map(next, gens)))
except StopIteration as e:
    print("map SI", e.value)
try:
    print(list(map(next, [h()], )))
except StopIteration as e:
    print("map SI", e.value)
x = h(); next(x)
try:
    list(map(next, [x]))
except StopIteration as e:
    print("map SI", repr(e.value))
x = h(); next(x)
print(next(x, "dflt"))
f = next
y = h(); f(y)
try:
    f(y)
except StopIteration as e:
    print("alias SI", e.value)
z = h(); next(z)
try:
    print(sorted([1], key=lambda _: next(z)))
except StopIteration as e:
    print("sorted SI", e.value)
def outer():
    z = h(); next(z)
    r = yield from z
    return r
try:
    next(outer())
except StopIteration as e:
    print("outer", e.value)
class C:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(7)
try:
    next(C())
except StopIteration as e:
    print("C", e.value)
print(next(iter([]), None))
m = map(next, [h(), g(9)])
print(next(m))
try:
    next(m)
except StopIteration as e:
    print("m", e.value)
class C:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(7)
m = map(next, [C()])
try:
    next(m)
except StopIteration as e:
    print("m", e.value)
print(list(map(next, [C()])))
def g(v):
    return v
    yield
print(tuple(map(next, [g(1)])), set(map(next, [g(1)])), sorted(map(next, [g(1)])))
print(sum(map(next, [g(1)])), "".join(map(next, [g("a")])), dict(zip("a", map(next, [g(1)]))))
print(list(zip([1,2], map(next, [g(1)]))), list(enumerate(map(next, [g(1)]))))
print(max(map(next, [g(1)]), default=-1), any(map(next, [g(1)])), all(map(next, [g(1)])))
print([x for x in map(next, [g(1)])], list(filter(None, map(next, [g(1)]))))
a, *b = [5, 6]
try:
    a, b = map(next, [g(1), g(2)])
except Exception as e:
    print(type(e).__name__, e)
print(list(reversed(list(map(next, [g(1)])))))

def ret(v):
    return v
    yield

def deleg(it):
    r = yield from it
    print("yield from returned", r)

list(deleg(map(next, [ret(11)])))
list(deleg(C()))
list(deleg(iter([1])))
print(list(filter(lambda x: next(ret(x)), [1, 2])))
fl = filter(lambda x: next(ret(x)), [3])
try:
    next(fl)
except StopIteration as e:
    print("filter SI", e.value)
print(next(map(next, [ret(1)]), "default"))
