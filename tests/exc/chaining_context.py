# implicit chaining: __context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            raise TypeError("c")
except TypeError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(type(x).__name__)
        x = x.__context__
    print(" <- ".join(chain))
try:
    raise ValueError("no context")
except ValueError as e:
    print(e.__context__)
def in_finally():
    try:
        raise KeyError("from try")
    finally:
        raise RuntimeError("from finally")
try:
    in_finally()
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
