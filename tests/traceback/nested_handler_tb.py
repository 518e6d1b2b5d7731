# a handler that raises again after printing
def risky():
    return int("nope")

try:
    risky()
except ValueError as e:
    print("handling:", e)
    raise
