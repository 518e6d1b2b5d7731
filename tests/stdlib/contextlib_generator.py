from contextlib import contextmanager, ContextDecorator

@contextmanager
def tag(name):
    """Docstring kept."""
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

print(tag.__name__, tag.__doc__)
with tag("a") as v:
    print("body", v)

# exception propagates through the generator
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("outer caught", repr(e))

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

try:
    with swallow():
        raise IndexError("i")
except IndexError as e:
    print("not swallowed", repr(e))

@contextmanager
def noyield():
    if False:
        yield

try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twoyields():
    yield 1
    yield 2

try:
    with twoyields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield

try:
    with yields_after_throw():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)

# StopIteration raised inside the block is propagated, not swallowed
@contextmanager
def plain():
    yield

try:
    with plain():
        raise StopIteration("s")
except StopIteration as e:
    print("StopIteration propagated", e)

# generator that converts the exception
@contextmanager
def convert():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e

try:
    with convert():
        1 / 0
except ArithmeticError as e:
    print(repr(e), type(e.__cause__).__name__)

# the same exception object re-raised
@contextmanager
def reraise():
    try:
        yield
    except Exception as e:
        print("seen", type(e).__name__)
        raise

err = TypeError("t")
try:
    with reraise():
        raise err
except TypeError as e:
    print(e is err)

# RuntimeError thrown in and re-raised
try:
    with reraise():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("rt propagated", e)

# a generator returning after the exception suppresses it
@contextmanager
def returner():
    try:
        yield
    except Exception:
        return

with returner():
    raise ValueError
print("returner suppressed")

# used as a decorator: a new generator each call
@contextmanager
def counted():
    print("enter")
    yield
    print("exit")

@counted()
def work(x):
    print("work", x)
    return x * 2

print(work(1), work(2))

class mycm(ContextDecorator):
    def __enter__(self):
        print("mycm enter")
        return self
    def __exit__(self, *exc):
        print("mycm exit", exc[0])
        return False

@mycm()
def f():
    print("in f")
f()

# nested managers and generator state
@contextmanager
def level(n, log):
    log.append("in%d" % n)
    yield n
    log.append("out%d" % n)

log = []
with level(1, log) as a, level(2, log) as b:
    log.append(a + b)
print(log)

# exception inside with and finally-order
@contextmanager
def cleanup(label):
    try:
        yield
    except ValueError:
        print(label, "handled ValueError")
    else:
        print(label, "no error")
    finally:
        print(label, "cleanup")

with cleanup("x"):
    pass
with cleanup("y"):
    raise ValueError()
try:
    with cleanup("z"):
        raise KeyError("z")
except KeyError:
    print("KeyError out")
