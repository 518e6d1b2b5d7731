# module attributes and globals after import
import helper_mod
helper_mod.VALUE = 100                 # modules are mutable namespaces
from helper_mod import VALUE
print(VALUE)
helper_mod.new_attr = "added"
import helper_mod as again
print(again.new_attr)
names = sorted(n for n in dir(helper_mod) if not n.startswith("__"))
print(names)
print(helper_mod.__name__, hasattr(helper_mod, "__file__"))
import sys
print("helper_mod" in sys.modules, sys.modules["helper_mod"] is helper_mod)
