# caret markers under a call in a nested expression
def fail(x):
    raise ValueError(x)

def wrapper():
    return 1 + fail("inner") * 2

total = [wrapper()]
