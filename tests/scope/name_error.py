# NameError for undefined globals
try:
    undefined_thing_xyz
except NameError as e:
    print(type(e).__name__, e)
def f():
    return another_undefined_abc
try:
    f()
except NameError as e:
    print(e, e.args)
del_me = 1
del del_me
try:
    del_me
except NameError as e:
    print(e)
try:
    del never_defined_qq
except NameError as e:
    print(e)
