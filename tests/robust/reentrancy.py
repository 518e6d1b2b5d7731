# Re-entrancy: __del__ that resurrects or raises, dunders returning the wrong type, generators
# that use themselves, deep class chains, super() misuse.
import sys, gc
def t(name, f):
    try:
        r = f()
        print(name, "ok", repr(r)[:80])
    except Exception as e:
        print(name, type(e).__name__, e)
keep = []
class Res:
    def __del__(s):
        print("del Res"); keep.append(s)
r = Res(); del r
print(len(keep))
keep.clear()
print("cleared")
class Raise:
    def __del__(s):
        raise ValueError("in del")
x = Raise(); del x
print("after raise del")
def f():
    x = Raise()
    raise KeyError("k")
t("delexc", f)
class BadLen:
    def __len__(s): return -1
t("len-", lambda: len(BadLen()))
class BadLen2:
    def __len__(s): return "a"
t("lenstr", lambda: len(BadLen2()))
class BadLen3:
    def __len__(s): return 2**100
t("lenbig", lambda: len(BadLen3()))
t("boollen", lambda: bool(BadLen()))
class BadIdx:
    def __index__(s): return "x"
t("idx", lambda: [1,2][BadIdx()])
t("idx2", lambda: range(BadIdx()))
t("idx3", lambda: hex(BadIdx()))
t("idx4", lambda: "ab"*BadIdx())
class BadHash:
    def __hash__(s): return "x"
t("hash", lambda: hash(BadHash()))
t("hash2", lambda: {BadHash(): 1})
class BigHash:
    def __hash__(s): return 2**100
t("bighash", lambda: hash(BigHash()) == hash(2**100))
class BadIter:
    def __iter__(s): return 1
t("iter", lambda: iter(BadIter()))
t("iter2", lambda: list(BadIter()))
t("iter3", lambda: [x for x in BadIter()])
class BadBool:
    def __bool__(s): return 1
t("bool", lambda: bool(BadBool()))
t("bool2", lambda: not BadBool())
t("bool3", lambda: 1 if BadBool() else 2)
class BadStr:
    def __str__(s): return 1
    def __repr__(s): return 2
t("str", lambda: str(BadStr()))
t("repr", lambda: repr(BadStr()))
t("fstr", lambda: f"{BadStr()}")
t("fstr2", lambda: f"{BadStr()!r}")
t("print", lambda: print(BadStr()))
t("listrepr", lambda: repr([BadStr()]))
t("fmt", lambda: "%s" % BadStr())
t("fmt2", lambda: "{}".format(BadStr()))
class BadFormat:
    def __format__(s, spec): return 1
t("format", lambda: format(BadFormat(), ""))
class BadInt:
    def __int__(s): return "x"
    def __float__(s): return "y"
t("int", lambda: int(BadInt()))
t("float", lambda: float(BadInt()))
class GA:
    def __getattr__(s, n): return s.y
t("getattr", lambda: GA().x)
class GA2:
    def __getattribute__(s, n): return s.x
t("getattribute", lambda: GA2().x)
class A: pass
class B: pass
a = A()
a.__class__ = B
print(type(a).__name__)
t("classassign", lambda: setattr(a, '__class__', int))
t("classassign2", lambda: setattr(1, '__class__', B))
t("classassign3", lambda: setattr(a, '__class__', 5))
class Meta(type):
    def __call__(cls, *a): return 42
class M(metaclass=Meta): pass
print(M())
class Meta2(type):
    def __call__(cls, *a): raise TypeError("nope")
class M2(metaclass=Meta2): pass
t("meta", lambda: M2())
k = object
for i in range(500):
    k = type("K%d" % i, (k,), {})
print(k.__mro__[0].__name__, len(k.__mro__))
class S(A):
    def f(s): return super(B, s).f()
t("super", lambda: S().f())
t("super2", lambda: super(int, "x"))
t("super3", lambda: super(1, 2))
t("super4", lambda: super())
def g():
    yield gen.close()
gen = g()
t("genclose", lambda: next(gen))
def g2():
    yield gen2.throw(ValueError)
gen2 = g2()
t("genthrow", lambda: next(gen2))
def g3():
    yield next(gen3)
gen3 = g3()
t("gennext", lambda: next(gen3))
def g4():
    x = yield
    yield gen4.send(1)
gen4 = g4(); next(gen4)
t("gensend", lambda: gen4.send(2))
def g5():
    me = gen5
    yield 1
gen5 = g5(); next(gen5); del gen5; gc.collect()
print("gen5 done")
class BadExcStr(Exception):
    def __str__(s): raise ValueError("bad")
t("excstr", lambda: str(BadExcStr()))
