# raising a class with no arguments: the last line is just the name
def fail():
    raise NotImplementedError

fail()
