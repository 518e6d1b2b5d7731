# The classic __getattr__ bug: the traceback collapses the repeated frames with
# CPython's count.
class A:
    def __getattr__(self, n): return getattr(self, n)
A().x
