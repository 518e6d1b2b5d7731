# except clause matching order and tuples
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError:
        return "lookup"
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception:
        return "other"
for exc in (KeyError, IndexError, LookupError, ZeroDivisionError, OverflowError, ValueError):
    print(exc.__name__, "->", classify(exc))
errors = (TypeError, ValueError)
try:
    int("x")
except errors as e:
    print("dynamic tuple caught", type(e).__name__)
try:
    try:
        raise ValueError("deep")
    except TypeError:
        print("never")
except ValueError as e:
    print("propagated to outer", e)
def handler_raises():
    try:
        raise ValueError
    except ValueError:
        raise KeyError("from handler")
    except KeyError:
        return "never: sibling handler does not catch"
try:
    handler_raises()
except KeyError as e:
    print("escaped", e)
