# __enter__/__exit__ on a class used as resource manager
class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        Resource.opened.remove(self.name)
        print("close", self.name, "error" if exc_type else "ok")
        return False
with Resource("db") as r:
    print("using", r.name, Resource.opened)
try:
    with Resource("file") as f, Resource("lock"):
        print("inside", Resource.opened)
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e, Resource.opened)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.types)
with Suppress(KeyError, IndexError):
    [][0]
print("suppressed IndexError")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError not suppressed")
