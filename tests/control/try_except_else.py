# try/except/else/finally combinations
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("  except ZeroDivisionError")
        return "div0"
    except (TypeError, ValueError) as e:
        print("  except tuple:", type(e).__name__)
        return "bad"
    else:
        print("  else, r =", r)
        return r
    finally:
        print("  finally")
for arg in (2, 0, "s"):
    print("attempt", repr(arg))
    print("->", attempt(arg))
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
try:
    try:
        raise KeyError("k")
    except IndexError:
        print("wrong handler")
    finally:
        print("inner finally")
except LookupError as e:
    print("outer caught", repr(e))
try:
    raise ValueError("v")
except Exception as e:
    print("generic", e)
try:
    {}["x"]
except:
    print("bare except")
def name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return "err was unbound: " + str(e)
print(name_cleared())
