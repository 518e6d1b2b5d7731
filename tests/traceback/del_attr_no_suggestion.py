# Deleting a missing attribute: CPython 3.11 offers no suggestion.
class E:
    def __init__(self):
        self.xy = 1

e = E()
print(e.xy)
del e.x
