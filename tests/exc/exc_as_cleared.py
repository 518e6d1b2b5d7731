# the 'as' target is deleted at the end of the except block
e = "outer value"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        saved = err
    return saved, "err" in locals()
saved, present = f()
print(type(saved).__name__, present)
