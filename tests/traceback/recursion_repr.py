# The classic __repr__ bug: CPython 3.11 hits the limit at the builtin repr() call,
# so the message ends "while calling a Python object".
class A:
    def __repr__(self): return repr(self)
try:
    repr(A())
except RecursionError as e:
    print(e)
repr(A())
