# __traceback__ exists; with_traceback returns the exception
try:
    raise ValueError("tb")
except ValueError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
    print(e.__traceback__.tb_lineno)
e = KeyError("k")
print(e.__traceback__, e.with_traceback(None) is e)
def inner():
    raise RuntimeError("deep")
def outer():
    inner()
try:
    outer()
except RuntimeError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
