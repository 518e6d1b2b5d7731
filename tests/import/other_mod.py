# second helper module; imports the first one
import helper_mod
print("other_mod: loading")
def double_value():
    return helper_mod.VALUE * 2
NAME = __name__
