# Errors of str methods called directly, as CPython words them.
for expr in ("','.join(None)", "','.join(5)", "'ab'.__add__(1)", "'ab'.__mul__('a')",
             "'ab'.__rmul__('a')", "str.__add__('a', 2)", "'a{}'.format_map({})",
             "'a{0}'.format_map({})", "'{0[x]}'.format_map({'x': 1})", "'{}{}'.format_map({})",
             "'{0}{}'.format(1, 2)", "'{}'.format()"):
    try:
        print(expr, '->', eval(expr))
    except (TypeError, ValueError, IndexError) as e:
        print(expr, '->', type(e).__name__, e)
print('ab'.__add__('c'), 'ab'.__mul__(2), 'ab'.__rmul__(3), '{x}'.format_map({'x': 1}))
print(','.join(iter(['a', 'b'])), ','.join(x for x in 'xyz'), ','.join({'k': 1}))

def bad():
    yield 'a'
    raise TypeError('from the generator')
try:
    ','.join(bad())
except TypeError as e:
    print(e)

# the operators still give the other operand its turn
class R:
    def __radd__(self, other):
        return 'radd ' + other
    def __rmul__(self, other):
        return 'rmul ' + other
print('x' + R(), 'x' * R())
class S(str):
    pass
print(S('s') + R(), S('s') * R(), S('ab') + 'c', S('ab') * 2)
try:
    S('s') + 1
except TypeError as e:
    print(e)
try:
    'x' + 1
except TypeError as e:
    print(e)
