from contextlib import ExitStack, contextmanager
import sys

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress

with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "abc"]
    print(names)

def cb(*args, **kw):
    print("callback", args, kw)

with ExitStack() as stack:
    r = stack.callback(cb, 1, 2, k=3)
    print(r is cb)
    stack.callback(cb, "second")

def exitfunc(typ, val, tb):
    print("exitfunc", typ)
    return False
with ExitStack() as stack:
    print(stack.push(exitfunc) is exitfunc)
    c = CM("pushed")
    print(stack.push(c) is c)

# suppression by an inner exit function
with ExitStack() as stack:
    stack.enter_context(CM("outer"))
    stack.enter_context(CM("suppressor", suppress=True))
    raise ValueError("x")
print("suppressed")

# pop_all moves callbacks
with ExitStack() as stack:
    stack.callback(print, "moved callback")
    keep = stack.pop_all()
print("stack closed; keep still holds it")
keep.close()
keep.close()

# exceptions raised from callbacks are chained
def raiser(exc):
    def f():
        raise exc
    return f

try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError("first registered")))
        stack.callback(raiser(IndexError("second registered")))
        raise ValueError("body")
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(chain)

try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError(1)))
        stack.callback(raiser(IndexError(2)))
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(chain)

# a context surrounding the with statement is not pulled into the chain
try:
    try:
        raise OSError("outside")
    except OSError:
        with ExitStack() as stack:
            stack.callback(raiser(KeyError("cb")))
            raise ValueError("inner")
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

# exception replaced, then suppressed: the with is treated as suppressed
with ExitStack() as stack:
    stack.enter_context(CM("swallows-all", suppress=True))
    stack.callback(raiser(TypeError("tt")))
    raise ValueError("v")
print("all suppressed")

# enter_context on a non context manager
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError:", e)

class OnlyEnter:
    def __enter__(self):
        return 1
try:
    ExitStack().enter_context(OnlyEnter())
except TypeError as e:
    print("TypeError:", e)

# generators managed by a stack
@contextmanager
def res(n):
    print("open", n)
    yield n
    print("close", n)

with ExitStack() as stack:
    vals = [stack.enter_context(res(i)) for i in range(3)]
    print(vals)

# close() inside the block
stack = ExitStack()
stack.callback(print, "closed early")
stack.close()
print("after close")

# callback wrapper exposes __wrapped__
with ExitStack() as stack:
    stack.callback(cb)
    print(stack._exits[-1][1].__wrapped__ is cb if hasattr(stack, "_exits") else True)

# files: nonexistent file raises after earlier ones entered
try:
    with ExitStack() as stack:
        stack.callback(print, "unwound")
        stack.enter_context(open("/nonexistent/dir/file.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
