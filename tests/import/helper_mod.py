# helper module for the import tests (not a test itself)
print("helper_mod: module code runs")
VALUE = 42
_private = "hidden"
def greet(name):
    return f"hello, {name}"
class Widget:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Widget({self.n})"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
