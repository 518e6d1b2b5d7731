class Outer:
    class Inner:
        def m(self): pass
    def f(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer().f().__qualname__, Outer.__module__)
def fn():
    def g(): pass
    return g
print(fn().__qualname__, fn.__code__.co_name, fn().__code__.co_qualname if hasattr(fn.__code__, "co_qualname") else "")
g = globals()
exec("def h(x):\n    return x * 3\n", g)
print(h(4))
code = compile("a + 1", "<expr>", "eval")
print(eval(code, {"a": 41}))
code2 = compile("for i in range(2): print('c', i)", "<s>", "exec")
exec(code2)
print(repr(compile("1", "f.py", "eval"))[:19])
ns = {}
exec("class Z:\n  v = 1\n  def get(self): return __class__\n", ns)
print(ns["Z"]().get() is ns["Z"])
def varargs(*args, **kwargs): pass
c = varargs.__code__
print(c.co_flags & 0xC, c.co_argcount, c.co_varnames, c.co_nlocals)
def gen(): yield
print(gen.__code__.co_flags & 0x20, (lambda: 0).__code__.co_flags & 0x20)
async def co(): pass
print(co.__code__.co_flags & 0x80)
x = co(); x.close()
def cells(a):
    def inner(): return a
    return inner
print(cells.__code__.co_cellvars, cells(1).__code__.co_freevars, cells(5).__closure__[0].cell_contents)
print(eval("x + y", {"x": 1}, {"y": 2}))
def loc():
    q = 5
    return eval("q * 2")
print(loc())
