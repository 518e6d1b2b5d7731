# raise a class, an instance, re-raise; bare raise
def check(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("instance")
def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling, then re-raising")
        raise
def reraise_named():
    try:
        1 / 0
    except ZeroDivisionError as err:
        raise err
for fn in (raise_class, raise_instance, reraise, reraise_named):
    check(fn)
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(e)
