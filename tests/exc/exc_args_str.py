# e.args, str(e) and repr(e) for 0, 1, 2 arguments
for exc in [ValueError(), ValueError("msg"), ValueError("a", 2), ValueError(42), ValueError(None),
            KeyError(), KeyError("k"), KeyError("a", "b"), Exception(""), Exception([1, 2]),
            RuntimeError("it's"), StopIteration(5), IndexError("x", )]:
    print(repr(exc), "|", str(exc), "|", exc.args)
class MyErr(Exception):
    pass
e = MyErr("custom", 1)
print(repr(e), str(e), e.args, type(e).__name__)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(repr(WithStr("x")), str(WithStr("x")))
e = ValueError("first")
e.args = ("changed",)
print(e)
print(StopIteration(5).value, StopIteration().value)
