import json

docs = ['null', 'true', 'false', '0', '-0', '-12', '3.25', '-0.0', '1e5', '1E+2', '2.5e-3',
        '12345678901234567890', '""', '"abc"', '"a\\"b\\\\c\\/d"', '"\\b\\f\\n\\r\\t"',
        '"\\u00e9\\u00E9"', '"\\ud83d\\ude00"', '"\\ud800"', '"\\ud800\\u0041"', '"é raw"',
        '[]', '{}', '[1, [2, [3, []]]]', '{"a": {"b": {"c": [true, null]}}}',
        '  [ 1 , 2 ]  ', '\n{\n "k" : "v"\n}\n', '{"a": 1, "a": 2}', '{"": 0}',
        'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]', '"\x7f"']
for d in docs:
    print(repr(d), '->', repr(json.loads(d)))

bad = ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{a:1}', '[', '[1', '[1,',
       '[1,]', '[1 2]', '{"a" 1}', '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"\t"',
       '"a\nb"', 'tru', 'nul', '-', '-a', '01', '1.', '1.e5', '1e', '.5', '[1] x', '1 2',
       '{"a":1 "b":2}', '\ufeff1', '[1,2]\n\n  x', '{"a":[1,{"b":', '"\\', '"abc\\', '[-]',
       '[\n1,\n2\n', '"\\ud800\\uzzzz"', '"\\ud800\\x"', 'True', "'single'", '[1,,2]',
       '{"a":1}}', '{"x": [1, 2, }', '"\\u+123"', '"\\u 123"', '"\\u1_23"', 'nulll', 'truex']
for d in bad:
    try:
        json.loads(d)
        print(repr(d), 'parsed?!')
    except json.JSONDecodeError as e:
        print(repr(d), '|', e, '|', e.msg, e.pos, e.lineno, e.colno)

try:
    json.loads('[')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), repr(e), e.doc)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"a": 2}')), json.loads(b'\xef\xbb\xbf[3]'))

print(json.loads('[1.5, 2, -3]', parse_float=str, parse_int=lambda x: int(x) * 10))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda x: 'const:' + x))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda p: p))
print(json.loads('{}', object_pairs_hook=lambda p: ('pairs', p)), json.loads('{}', object_hook=lambda d: ('obj', d)))
print(json.loads('{"a": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(repr(json.loads('"\t tab"', strict=False)))

from collections import OrderedDict
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))

dec = json.JSONDecoder()
print(dec.decode(' [1] '), dec.raw_decode('[1] trailing'), dec.raw_decode('xx"s"', 2))
try:
    dec.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print(e)

class Obj:
    def __init__(self, d):
        self.d = d
    def __repr__(self):
        return 'Obj(%r)' % self.d
class ObjDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=Obj, **kw)
print(json.loads('[{"a": {"b": 2}}]', cls=ObjDecoder))

e = json.JSONDecodeError("Custom", "line1\nline2\nline3", 13)
print(e, e.lineno, e.colno, e.args)

data = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "ratio": 0.75, "nested": {"ok": True, "none": None}}
text = json.dumps(data)
print(json.loads(text) == data, json.loads(json.dumps(data, indent=2)) == data)
big = [{"id": i, "vals": [i * 0.5, str(i)]} for i in range(200)]
print(json.loads(json.dumps(big)) == big, len(json.dumps(big)))

with open('data.json', 'w') as f:
    json.dump({'k': [1, 2]}, f)
with open('data.json') as f:
    print(json.load(f))
lines = ['{"a": 1}', '# comment', '{"b": 2}', 'not json', '[3]']
for line in lines:
    try:
        print(json.loads(line))
    except json.JSONDecodeError as err:
        print('skip:', err)
from json.decoder import JSONDecodeError
from json.encoder import JSONEncoder
print(JSONDecodeError is json.JSONDecodeError, JSONEncoder is json.JSONEncoder)
print(JSONDecodeError.__module__, JSONDecodeError.__name__)
