# __exit__ receives the exception; a truthy return swallows it
class Recorder:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.t, self.v = t, v
        self.has_tb = tb is not None
        return isinstance(v, ArithmeticError)
r = Recorder()
with r:
    1 / 0
print(r.t.__name__, r.v, r.has_tb)
r2 = Recorder()
with r2:
    pass
print(r2.t, r2.v, r2.has_tb)
try:
    with Recorder() as r3:
        [][1]
except IndexError as e:
    print("not swallowed:", e, r3.t.__name__)
class Noisy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Noisy():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "| context:", type(e.__context__).__name__, e.__context__)
