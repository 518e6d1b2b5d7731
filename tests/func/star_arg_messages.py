# f(*x) with a non-iterable x names the callee (CPython passes x straight to
# CALL_FUNCTION_EX); with other positional arguments the message is "Value after *".
def f(*a, **k): pass
class C:
    def m(self, *a): pass
    @staticmethod
    def s(*a): pass
    class In:
        def m(self, *a): pass
def outer():
    def inner(*a): pass
    return inner
tests = ['f(*1)', 'f(1, *2)', 'f(*1, 2)', 'f(*[1], *2)', 'C().m(*1)', 'C.s(*1)', 'print(*1)',
         'len(*1)', 'f(**1)', 'f(*None)', '(lambda *a: 0)(*1)', 'C(*1)', 'f(*1, **{})',
         'f(*1, x=2)', 'f(x=1, *2)', '[].append(*1)', 'C.In().m(*1)', 'outer()(*1)', 'max(*1)',
         'int(*1)', '"".join(*1)']
for t in tests:
    try:
        exec(t)
    except TypeError as e:
        print(t, '->', e)
print(f(*(1, 2)), f(*[1, 2]), f(*'ab'), f(*range(3)), f(*{1: 2}))
def show(*a): return a
print(show(*(1, 2)), show(*[1, 2]), show(*'ab'), show(*range(3)), show(*{1: 2}), show(*iter([5])))
class T(tuple): pass
print(show(*T((1, 2))), type(show(*T((1,)))))
