import os
import os.path as osp, sys
from . import sibling
from ..pkg.mod import (a as b, c,)
from collections import *
x = 1
x = y = z = 2
x += 1
x: int
x: int = 3
(x): int = 4
obj.attr: str = "s"
del x, y[0], obj.attr
del (a, b), [c]
assert x, "message"
assert x
pass
global g1, g2
def f():
    nonlocal_var = 1
    def g():
        nonlocal nonlocal_var
        return
    return nonlocal_var
for i in range(3):
    if i == 1:
        continue
    elif i == 2:
        break
    else:
        pass
else:
    pass
while x:
    x -= 1
else:
    x = 0
try:
    raise ValueError("bad") from None
except (TypeError, ValueError) as e:
    pass
except KeyError:
    raise
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with open("f") as fh, lock:
    pass
with a as (b, c):
    pass
class C(Base, metaclass=Meta):
    """doc"""
    attr = 1
class D:
    pass
if x: y = 1; z = 2
