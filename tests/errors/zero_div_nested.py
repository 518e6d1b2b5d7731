# uncaught ZeroDivisionError three calls deep
def ratio(a, b):
    return a / b

def average(values):
    return ratio(sum(values), len(values))

def report(data):
    print("computing average of", data)
    return average(data)

print("start")
report([1, 2, 3])
report([])
print("never printed")
