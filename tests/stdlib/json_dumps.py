import json

values = [None, True, False, 0, -5, 10**30, 1.5, -0.0, 1e100, 1e-7, 0.1, 3.0, 123456789.123,
          float('inf'), float('-inf'), float('nan'), "", "plain", 'quote " and \\ slash /',
          "ctl \x00\x01\x1f\x7f \b\f\n\r\t", "é ü ñ", "\u2028\u2029", "😀 emoji", "\ud800",
          [], (), {}, [1, [2, [3]]], (1, 'a'), {"k": "v"}, {"a": {"b": {"c": []}}}]
for v in values:
    print(json.dumps(v))
for v in values[16:23] + values[24:26]:
    print(json.dumps(v, ensure_ascii=False))

d = {"b": 1, "a": [1, 2, {"z": None, "y": 2.5}], "c": {}, "d": [], "e": "s"}
print(json.dumps(d))
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, indent=4))
print(json.dumps(d, indent=2, sort_keys=True))
print(json.dumps(d, indent=0))
print(json.dumps(d, indent="\t"))
print(json.dumps(d, indent=""))
print(json.dumps(d, indent=-1))
print(json.dumps(d, separators=(',', ':')))
print(json.dumps(d, indent=2, separators=(', ', ' = ')))
print(json.dumps([1, 2], indent=3))
print(json.dumps({}, indent=2), json.dumps([], indent=2), json.dumps([[]], indent=2))

print(json.dumps({1: 'int', 2.5: 'float', True: 't', False: 'f', None: 'n'}))
print(json.dumps({float('inf'): 1, float('nan'): 2}))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
try:
    json.dumps({(1, 2): 'tuple key'})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 'tuple key', 'ok': 1}, skipkeys=True))
print(json.dumps({(1, 2): 'x'}, skipkeys=True))
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)

for bad in [float('nan'), [float('inf')], {'k': float('-inf')}]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

try:
    json.dumps([Point(1, 2)])
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([Point(1, 2)], default=lambda o: o.__dict__))
print(json.dumps({'p': Point(1, 2), 's': {1, 2}}, default=lambda o: sorted(o) if isinstance(o, set) else vars(o), sort_keys=True))

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return super().default(o)
print(json.dumps({'pt': Point(3, 4)}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(0, 0)]))
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)

a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
shared = [1]
print(json.dumps([shared, shared]))

class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    pass
class MyDict(dict):
    pass
class MyList(list):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyDict(a=1), MyList([1])]))
print(json.dumps({MyInt(3): MyStr('v')}))

enc = json.JSONEncoder()
print(enc.encode({'a': 1}), list(enc.iterencode([1, 2])) != [], ''.join(enc.iterencode({'x': [1, 'y']})))
print(enc.item_separator, enc.key_separator, json.JSONEncoder(indent=2).item_separator)

import sys
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
json.dump({'z': [1, 2, 3], 'y': 'text'}, sink, sort_keys=True)
print(''.join(sink.parts))
json.dump([1, {"a": None}], sys.stdout, indent=1)
print()
print(json.dumps("\U0001F600\u00e9"), json.dumps("\U0001F600\u00e9", ensure_ascii=False))
print(json.dumps(list(range(5))), json.dumps(tuple('ab')))
print(json.dumps(2**64), json.dumps(-1.5e-10), json.dumps(1/3), json.dumps(1e16), json.dumps(12345.678e20))
