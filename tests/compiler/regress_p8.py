import sys
def a():
    out = []
    for i in range(4):
        try:
            try:
                if i % 2: raise ValueError(i)
                out.append(("ok", i))
            except ValueError as e:
                out.append(("ve", i))
                if i == 3: break
                continue
            finally:
                out.append(("fin", i))
        finally:
            out.append(("outer", i))
    return out, sys.exc_info()
print(a())
def b():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            try:
                continue
            finally:
                print("cont-fin", i, sys.exc_info()[0])
    print("after", sys.exc_info())
b()
def c():
    while True:
        try:
            return "from-try"
        finally:
            break
    return "after-break"
print(c())
def d():
    for i in range(2):
        try:
            pass
        finally:
            continue
    return i
print(d())
def e():
    try:
        raise ValueError
    except ValueError:
        try:
            raise TypeError
        except TypeError:
            return sys.exc_info()[0].__name__
print(e(), sys.exc_info())
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return True
def f():
    for i in range(3):
        with CM():
            if i == 1:
                raise RuntimeError
            if i == 2:
                return "ret"
    return "x"
print(f())
def g():
    try:
        with CM():
            raise ValueError
        print("suppressed")
        with CM():
            return "inside"
    finally:
        print("g fin")
print(g())
def h(n):
    try:
        if n == 0:
            return "zero"
        elif n == 1:
            raise ValueError("one")
    except ValueError as err:
        return f"err {err}"
    else:
        return "else"
    finally:
        print("h fin", n)
print(h(0), h(1), h(2))
def nested_except_names():
    try:
        raise ValueError("outer")
    except ValueError as e:
        try:
            raise TypeError("inner")
        except TypeError as e2:
            pass
        return str(e), "e2" in locals()
print(nested_except_names())
def exc_ctx():
    try:
        try:
            raise ValueError("first")
        finally:
            pass
    except ValueError as v:
        try:
            raise KeyError("second")
        except KeyError as k:
            return repr(k.__context__)
print(exc_ctx())
def raise_in_finally():
    try:
        try:
            raise ValueError("a")
        finally:
            raise TypeError("b")
    except TypeError as t:
        return repr(t.__context__)
print(raise_in_finally())
def bare_reraise():
    try:
        try:
            raise ValueError("orig")
        except ValueError:
            raise
    except ValueError as v:
        return str(v)
print(bare_reraise())
try:
    raise
except RuntimeError as r:
    print("RT", r)
