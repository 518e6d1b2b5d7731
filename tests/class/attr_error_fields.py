# AttributeError from getting a missing attribute carries .name and .obj (modules and
# classes too); setting or deleting a missing one leaves them None, as in CPython 3.11.
import sys
import math

class C:
    value = 1

class D(C):
    pass

class Slotted:
    __slots__ = ("a",)

class E:
    pass

def obj_label(o):
    if isinstance(o, type(sys)):
        return "module " + o.__name__
    if isinstance(o, type):
        return "class " + o.__name__
    return type(o).__name__ + " instance" if o is not None else "None"

def show(f):
    try:
        f()
    except AttributeError as e:
        print(e, "| name:", e.name, "| obj:", obj_label(e.obj))

show(lambda: sys.argvv)
show(lambda: math.sqr)
show(lambda: getattr(sys, "pathh"))
show(lambda: C.valu)
show(lambda: D.valeu)
show(lambda: int.bitlength)
show(lambda: getattr(C, "valuee"))
show(lambda: C().valu)
show(lambda: Slotted().a)

def del_class_attr():
    del C.nothere
def del_module_attr():
    del sys.nothere
def del_instance_attr():
    del E().x
def del_unset_slot():
    del Slotted().a
def set_missing_slot():
    Slotted().b = 1
def set_on_int():
    (1).x = 2
def del_on_int():
    del (1).x

for f in (del_class_attr, del_module_attr, del_instance_attr, del_unset_slot,
          set_missing_slot, set_on_int, del_on_int):
    show(f)
