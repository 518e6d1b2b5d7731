# Recursion that goes through C code (builtins calling back into Python, generators and
# coroutines resumed from C) ends in RecursionError, never a crash of the C stack.
import sys


def attempt(name, thunk):
    try:
        r = thunk()
    except RecursionError as e:
        print(name, 'RecursionError', e)
    else:
        print(name, 'returned', r)


# sorted() whose key sorts again
def key(x):
    return sorted([x, x], key=key)


attempt('sorted key', lambda: sorted([1, 2], key=key))


# list(gen) chains: each generator's body lists the next one
def chain(n):
    yield from list(chain(n + 1))


attempt('list(gen)', lambda: list(chain(0)))


# map/filter/min/max calling back into themselves
def m(x):
    return list(map(m, [x]))


attempt('map', lambda: m(0))


def f():
    return min([1], key=lambda v: f())


attempt('min key', f)

# repr of containers that contain themselves
a = [1]
a.append(a)
d = {'k': 1}
d['self'] = d
b = [a, [a, d]]
print(repr(a), str(a), repr(d), b)
e = []
e.append(e)
print(e, [e], (e,))
t = ([],)
t[0].append(t)
print(t)


# __repr__ that calls repr of itself: RecursionError (CPython has no guard for user reprs)
class R:
    def __repr__(self):
        return 'R(%r)' % (self,)


attempt('user repr', lambda: repr(R()))


# deeply nested yield from: fine below the limit, RecursionError past it
def nest(n):
    if n == 0:
        yield 'bottom'
        return 'done'
    r = yield from nest(n - 1)
    return r


print(list(nest(500)))
attempt('yield from', lambda: list(nest(100000)))


# deeply nested await, driven by send()
class Ready:
    def __await__(self):
        yield 'tick'
        return 1


async def co(n):
    if n == 0:
        return await Ready()
    return await co(n - 1) + 1


def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value


print(drive(co(400)))
attempt('await', lambda: drive(co(100000)))


# __getattr__ recursion through the attribute machinery
class G:
    def __getattr__(self, name):
        return getattr(self, name + 'x')


attempt('getattr', lambda: G().a is None)


# __eq__ and __hash__ recursing through dict and list operations
class E:
    def __eq__(self, other):
        return [self] == [other]

    __hash__ = object.__hash__


attempt('eq', lambda: E() == E())
print(sys.getrecursionlimit())
