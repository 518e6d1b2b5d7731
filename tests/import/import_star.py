# from module import *: names starting with underscore are not imported
from helper_mod import *
print(VALUE, greet("star"), Widget(1))
try:
    _private
except NameError as e:
    print("NameError:", e)
import helper_mod
print(helper_mod._private)
