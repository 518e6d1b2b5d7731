# identifiers, keywords used as attribute-like names, non-ASCII identifiers
café = "coffee"
print(café)
π = 3.14159
print(π)
_private = 1
__dunder__ = 2
name_with_digits123 = 3
print(_private, __dunder__, name_with_digits123)
class K:
    pass
k = K()
k.match = 1      # soft keywords are fine as names
k.case = 2
match = "m"
case = "c"
_ = "underscore"
print(k.match, k.case, match, case, _)
print(True, False, None)
print(type(None).__name__)
