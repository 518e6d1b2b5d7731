class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [vals for _ in range(1)]
    except NameError as e:
        err = str(e)
    def meth(self):
        return K.doubled
    lam = lambda self, d=vals: d
print(K.doubled, K.err, K().meth(), K().lam())
def delcell():
    x = 1
    def g(): return x
    del x
    try:
        g()
    except NameError as e:
        print("NE", e)
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
delcell()
def unb():
    try:
        print(y)
    except UnboundLocalError as e:
        print(e)
    y = 1
unb()
for i, (a, *b) in enumerate([(1, 2, 3), (4,)]):
    print(i, a, b)
def gen_close():
    try:
        for i in range(10):
            with open("/dev/null") as f:
                yield i
    finally:
        print("gen finally")
g = gen_close(); print(next(g), next(g)); g.close()
def ret_in_loop_with():
    for i in range(3):
        with open("/dev/null"):
            try:
                if i == 1:
                    return i
            finally:
                print("f", i)
print(ret_in_loop_with())
def nested_break():
    for i in range(3):
        for j in range(3):
            try:
                if j == 1: break
            finally:
                print("ij", i, j)
        else:
            print("no")
        if i == 1: break
nested_break()
def exc_in_handler():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("in handler") from e
    except ValueError as v:
        return repr(v), repr(v.__cause__)
print(exc_in_handler())
def handler_return_finally():
    try:
        raise KeyError
    except KeyError:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(handler_return_finally())
import sys
def exc_info_after():
    try:
        raise ValueError
    except ValueError:
        pass
    return sys.exc_info()
print(exc_info_after())
def gen_exc():
    try:
        raise KeyError("g")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
print(list(gen_exc()))
x = 5
def shadow():
    x = x_global = x if False else 1
    return x
print(shadow())
def default_eval(a=[]):
    a.append(1)
    return a
print(default_eval(), default_eval())
def chain(a):
    return 0 < a < 10 < a * 2 or a == -1
print(chain(5), chain(6), chain(-1), chain(20))
print([(lambda: i)() for i in range(3)], [f() for f in [lambda: i for i in range(3)]])
def multi_assign():
    a = b = c = []
    a.append(1)
    return a is b is c, c
print(multi_assign())
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag")
        return super().__new__(m, name, bases, ns)
class T(metaclass=Meta, tag="hi"):
    pass
print(T.tag)
bases = (object,)
class U(*bases):
    x = 1
print(U.x, U.__mro__)
def fstr(v):
    return f"{v!r:>{5}}|{v:{'<'}{3}}|{'nested' + f'{v}'}"
print(fstr(1))
print(*(i for i in range(3)))
try:
    exec("x = 1\ndef f():\n  return x\nprint(f())")
except Exception as e:
    print("exec", e)
print(eval("1 + 2 * 3"))
print(eval("[i for i in range(3)]"))
