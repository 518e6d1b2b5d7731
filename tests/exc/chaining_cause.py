# explicit chaining: raise ... from ...
try:
    try:
        int("x")
    except ValueError as err:
        raise RuntimeError("conversion failed") from err
except RuntimeError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise IndexError("direct") from KeyError("origin")
except IndexError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise TypeError("x") from ValueError
except TypeError as e:
    print(repr(e.__cause__))
try:
    raise TypeError("x") from 5
except TypeError as e:
    print(e)
