# import a sibling module in several ways
import helper_mod
print(helper_mod.VALUE, helper_mod.greet("world"), helper_mod.Widget(3))
from helper_mod import greet as g, VALUE
print(g("alias"), VALUE)
import helper_mod as hm
print(hm is helper_mod, hm.__name__)
import helper_mod                      # second import: module code does not run again
from helper_mod import Widget
print(Widget(7), type(Widget(1)))
print(helper_mod.bump(), hm.bump(), helper_mod.counter)
import other_mod
print(other_mod.double_value(), other_mod.NAME)
print(type(helper_mod).__name__, helper_mod.__name__)
