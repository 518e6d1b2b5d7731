# control flow through finally / with
class CM:
    def __init__(self, n, sup=False): self.n = n; self.sup = sup
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, t, v, tb): print("exit", self.n, t.__name__ if t else None); return self.sup
def f1():
    for i in range(3):
        try:
            if i == 0: continue
            if i == 1: break
        finally:
            print("fin", i)
    return "done"
print(f1())
def f2():
    try:
        return "try"
    finally:
        print("finally runs")
print(f2())
def f3():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(f3())
def f4():
    with CM(1) as a, CM(2) as b:
        return a.n + b.n
print(f4())
def f5():
    with CM(3, True):
        raise KeyError("k")
    return "after"
print(f5())
def f6():
    try:
        with CM(4):
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    try:
        e
    except NameError as ne:
        print("ne", ne)
f6()
def f7():
    for i in range(5):
        with CM(i):
            if i == 1: continue
            if i == 2: break
    else:
        print("no")
    while True:
        try:
            try:
                raise TypeError
            except TypeError:
                print("inner")
                break
        finally:
            print("outer fin")
f7()
def f8(n):
    try:
        if n: raise ValueError(n)
    except ValueError as e:
        print("V", e)
    except (TypeError, KeyError):
        print("TK")
    else:
        print("else")
    finally:
        print("finally")
f8(0); f8(1)
def f9():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError as e:
        print(repr(e), repr(e.__context__))
    try:
        raise KeyError("c") from ValueError("d")
    except KeyError as e:
        print(repr(e.__cause__), e.__suppress_context__)
f9()
import sys
def f10():
    try:
        raise ValueError
    except:
        print(sys.exc_info()[0].__name__)
        try:
            raise TypeError
        except TypeError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
f10()
def f11():
    x = 0
    while x < 10:
        x += 1
        if x % 2: continue
        if x > 6: break
        print(x, end=" ")
    else:
        print("never")
    print()
    for i in []:
        pass
    else:
        print("for-else")
f11()
def f12():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            print("in finally handler")
print(f12())
def f13():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0: continue
print(f13())
