import types
import sys

def gen():
    yield 1
async def co():
    pass
async def agen():
    yield 1
class K:
    def m(self):
        pass

c = co()
checks = [
    (gen(), types.GeneratorType), (c, types.CoroutineType),
    (agen(), types.AsyncGeneratorType), (gen, types.FunctionType),
    (lambda: 0, types.LambdaType), (K().m, types.MethodType),
    (len, types.BuiltinFunctionType), ([].append, types.BuiltinMethodType),
    (sys, types.ModuleType), (gen.__code__, types.CodeType),
    (sys._getframe(), types.FrameType), (None, types.NoneType),
    (type.__dict__, types.MappingProxyType), (list[int], types.GenericAlias),
    (..., types.EllipsisType), (NotImplemented, types.NotImplementedType),
]
c.close()
for obj, kind in checks:
    print(kind.__name__, isinstance(obj, kind))
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
print(types.FunctionType is types.LambdaType)

ns = types.SimpleNamespace(a=1, b='two')
print(ns)
print(ns.a, ns.b)
ns.c = [1]
del ns.a
print(ns, ns == types.SimpleNamespace(b='two', c=[1]))
print(ns != types.SimpleNamespace())
try:
    types.SimpleNamespace({'x': 1}, y=2)
except TypeError as e:
    print('TypeError', e)
print(types.SimpleNamespace())
ns.me = ns
print(ns)
print(sorted(vars(types.SimpleNamespace(q=1, p=2))))
class Sub(types.SimpleNamespace):
    pass
print(Sub(z=3))

mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp))
try:
    mp['k'] = 2
except TypeError as e:
    print('TypeError', e)

m = types.ModuleType('mymod')
m.x = 5
print(m.__name__, m.x)

C = types.new_class('C', (), {}, lambda ns: ns.update(attr=9))
print(C.__name__, C.attr)
