# Very long expressions: a 100,000-link comparison chain compiles in linear time and
# memory; deeply nested binary operators stop with CPython's RecursionError.
src = 'x = ' + ' < '.join(['1'] * 100000)
ns = {}
exec(src, ns)
print(ns['x'])
src = 'x = 0 ' + ''.join([' < 1', ' <= 1', ' == 1', ' != 2', ' is not None', ' in (1,)'][i % 6] for i in range(60000))
exec(src, ns)
print(ns['x'])
for n in (2000, 2900, 3100, 100000):
    try:
        exec('x = ' + '+'.join(['1'] * n), ns)
        print(n, ns['x'])
    except RecursionError as e:
        print(n, 'RecursionError:', e)
for n in (2000, 2900, 3100):
    try:
        exec('x = ' + '-' * n + '1', ns)
        print(n, ns['x'])
    except RecursionError as e:
        print(n, 'RecursionError:', e)
src = 'x = 5\nif x == 0: pass\n' + ''.join('elif x == %d: y = %d\n' % (i, i * 2) for i in range(1, 2500))
exec(src, ns)
print(ns['y'])
print(len(eval('[' + ','.join(['1'] * 100000) + ']')), eval(' and '.join(['1'] * 100000)))
