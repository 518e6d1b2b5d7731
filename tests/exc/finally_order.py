# nested try/finally ordering, exceptions in finally, return in finally
def nested():
    try:
        try:
            print("inner try")
            raise ValueError("v")
        finally:
            print("inner finally")
    except ValueError:
        print("outer except")
    finally:
        print("outer finally")
nested()
def ret_in_finally():
    try:
        raise KeyError("lost")
    finally:
        print("finally returns")
        return "swallowed"
print(ret_in_finally())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def exc_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    exc_in_finally()
except Exception as e:
    print(type(e).__name__, e, "<-", type(e.__context__).__name__)
log = []
def deep(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        deep(n - 1)
    finally:
        log.append(n)
try:
    deep(3)
except RuntimeError as e:
    print(e, log)
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke out, exception discarded"
print(break_in_finally())
