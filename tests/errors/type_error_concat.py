# str + int
def describe(n):
    return "value: " + n

describe(5)
