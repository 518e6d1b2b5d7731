from collections import defaultdict, OrderedDict, ChainMap

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], dd.default_factory)
print(dd['missing'], dd)
print(dict(dd), len(dd), 'zz' in dd)
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(counts)
nodef = defaultdict()
print(nodef)
try:
    nodef['x']
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
print(defaultdict(lambda: 'dflt', a=1)['b'] if True else None)
print(defaultdict(set, {1: {2}}), defaultdict(dict, [(1, 2)]))
cp = dd.copy(); cp['new'].append(0); print(type(cp).__name__, 'new' in dd, cp.default_factory)
print(dd.get('nope'), 'nope' in dd)
tree = lambda: defaultdict(tree)
t = tree(); t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t))
class MyDD(defaultdict):
    pass
print(MyDD(int, {1: 2}))
print(isinstance(dd, dict), dd == {'a': [1, 3], 'b': [2], 'missing': []})
print(defaultdict(int, a=1) | {'b': 2})

od = OrderedDict()
od['x'] = 1; od['y'] = 2; od['z'] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end('x'); print(od)
od.move_to_end('z', last=False); print(od)
try:
    od.move_to_end('nope')
except KeyError as e:
    print("KeyError:", e)
print(od.popitem(), od)
print(od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
print(OrderedDict(), OrderedDict(a=1, b=2), OrderedDict([('b', 1), ('a', 2)]))
o1 = OrderedDict(a=1, b=2); o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(OrderedDict.fromkeys('abc', 0), o1.copy(), type(o1.copy()).__name__)
print(list(reversed(o1)), o1 | {'c': 3})
o1.update(c=5); o1.setdefault('d', 7); print(o1, o1.pop('a'), o1)
rec = OrderedDict(); rec['self'] = rec; print(rec)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('z', 0))
cm['c'] = 4; print(cm.maps)
child = cm.new_child({'a': 0}); print(child['a'], child.parents)
try:
    del cm['b']
except KeyError as e:
    print("KeyError:", e)
print(dict(cm), list(cm.items()))
