# open(): newline= on read and write, encoding= (utf-8, ascii, latin-1, utf-8-sig) and
# errors= (strict, ignore, replace, ...) as CPython's TextIOWrapper.
def raw(name):
    with open(name, 'rb') as f:
        return f.read()

def put(name, data):
    with open(name, 'wb') as f:
        f.write(data)

# ---- newline on write
for nl in (None, '', '\n', '\r', '\r\n'):
    with open('w.txt', 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd\n')
        print('x', 'y', file=f)
    print('write', repr(nl), raw('w.txt'))

# ---- newline on read
put('r.txt', b'one\r\ntwo\rthree\nfour\r\n\r\nlast\r')
for nl in (None, '', '\n', '\r', '\r\n'):
    with open('r.txt', newline=nl) as f:
        print('readlines', repr(nl), f.readlines(), repr(f.newlines))
    with open('r.txt', newline=nl) as f:
        print('read', repr(nl), repr(f.read()))
    with open('r.txt', newline=nl) as f:
        print('iter', repr(nl), [line for line in f])
    with open('r.txt', newline=nl) as f:
        print('read(5)', repr(nl), [f.read(5) for _ in range(5)])
    with open('r.txt', newline=nl) as f:
        print('readline(4)', repr(nl), [f.readline(4) for _ in range(6)])

with open('r.txt') as f:
    print(repr(f.newlines)); f.readline(); print(repr(f.newlines))
    f.readline(); print(repr(f.newlines)); f.read(); print(repr(f.newlines))
put('lf.txt', b'a\nb\n')
with open('lf.txt') as f:
    f.read(); print(repr(f.newlines))

# the qa repro
with open('x.txt', 'w', newline='') as f:
    f.write('a\r\nb\n')
with open('x.txt', newline='') as f:
    print(f.readlines())
with open('x.txt') as f:
    print(f.readlines())

# ---- bad newline arguments
for nl in ('x', '\n\n', 5):
    try:
        open('x.txt', newline=nl)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for kw in ({'newline': ''}, {'errors': 'strict'}, {'encoding': 'utf-8'}):
    try:
        open('x.txt', 'rb', **kw)
    except ValueError as e:
        print(e)
try:
    open('x.txt', errors=5)
except TypeError as e:
    print(e)

# ---- encodings
for enc in ('utf-8', 'latin-1', 'iso-8859-1', 'ascii', 'UTF8', 'utf-8-sig', 'Latin1'):
    with open('e.txt', 'w', encoding=enc) as f:
        f.write('plain text\n')
        print(f.encoding, f.errors)
    print(enc, raw('e.txt'))
with open('e.txt', 'w', encoding='latin-1') as f:
    f.write('caf\xe9 \xff\n')
print(raw('e.txt'))
with open('e.txt', encoding='latin-1') as f:
    print(repr(f.read()))
with open('e.txt', 'w', encoding='utf-8-sig') as f:
    f.write('caf\xe9\n')
print(raw('e.txt'))
with open('e.txt', encoding='utf-8-sig') as f:
    print(repr(f.read()))
with open('e.txt', encoding='utf-8') as f:
    print(repr(f.read()))
put('e.txt', b'no bom\n')
with open('e.txt', encoding='utf-8-sig') as f:
    print(repr(f.read()))

# ---- encode errors
for enc, text in (('ascii', 'abc\xe9def'), ('ascii', 'ab\u20ac\u20acc'), ('latin-1', 'x\u20ac'),
                  ('ascii', '\U0001f600'), ('latin-1', 'ok\xff')):
    for errors in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
        try:
            with open('e.txt', 'w', encoding=enc, errors=errors) as f:
                n = f.write(text)
            print(enc, errors, n, raw('e.txt'))
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError:', e, e.start, e.end, repr(e.object))
try:
    with open('e.txt', 'w', encoding='ascii') as f:
        print('caf\xe9', file=f)
except UnicodeEncodeError as e:
    print('print:', e)
with open('e.txt', 'w', encoding='ascii', newline='\r\n') as f:
    try:
        f.write('a\nb\xe9')
    except UnicodeEncodeError as e:
        print('translated first:', e)

# ---- decode errors
put('bad.txt', b'line1\nab\xe9cd\nline3\n')
for enc in ('utf-8', 'ascii', 'latin-1'):
    for errors in ('strict', 'ignore', 'replace', 'backslashreplace'):
        try:
            with open('bad.txt', encoding=enc, errors=errors) as f:
                print(enc, errors, repr(f.read()))
        except UnicodeDecodeError as e:
            print(enc, errors, 'UnicodeDecodeError:', e, e.start, e.end)
try:
    with open('bad.txt') as f:
        for line in f:
            print('got', repr(line))
except UnicodeDecodeError as e:
    print('iterating:', e)
try:
    with open('bad.txt') as f:
        print(repr(f.readline()))
except UnicodeDecodeError as e:
    print('readline:', e)
for data in (b'ok\xe2\x82', b'\xe2\x82xyz', b'\x80abc', b'abc\xed\xa0\x80', b'\xf0\x9f\x98\x80 ok',
             b'a\xc3\xa9b\xff'):
    put('bad.txt', data)
    for errors in ('strict', 'replace', 'ignore'):
        try:
            with open('bad.txt', errors=errors) as f:
                print(data, errors, repr(f.read()))
        except UnicodeDecodeError as e:
            print(data, errors, 'UnicodeDecodeError:', e)
put('bad.txt', b'x' * 9000 + b'\xff\n')
with open('bad.txt') as f:
    try:
        print(len(f.readline(10)))
        for line in f:
            pass
    except UnicodeDecodeError as e:
        print('big:', e)
with open('bad.txt', errors='replace') as f:
    print(repr(f.read()[-3:]))

# ---- tell/seek still work with text files
with open('t.txt', 'w', newline='') as f:
    f.write('ab\r\ncd\r\nef')
with open('t.txt', newline='') as f:
    print(repr(f.readline()), f.tell(), repr(f.read(2)), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open('t.txt') as f:
    print(repr(f.readline()), f.tell())

# ---- reading and writing in one text file
with open('rp.txt', 'w') as f:
    f.write('hello\nworld\n')
with open('rp.txt', 'r+') as f:
    print(repr(f.read(3)))
    f.write('XY')
    f.seek(0)
    print(repr(f.read()))
with open('rp.txt', 'a') as f:
    f.write('more\n')
with open('rp.txt') as f:
    print(f.readline(), f.tell(), f.readlines(5), repr(f.newlines))
with open('rp.txt', 'w+') as f:
    f.write('abc\r\ndef')
    f.seek(0)
    print(repr(f.readline()), repr(f.read()), repr(f.newlines))
# many lines across chunk boundaries
with open('big.txt', 'w', newline='\r\n') as f:
    for i in range(3000):
        f.write('line %d caf\u00e9\n' % i)
with open('big.txt') as f:
    print(sum(len(line) for line in f), repr(f.newlines))
with open('big.txt', newline='') as f:
    lines = f.readlines()
    print(len(lines), repr(lines[-1]), all(l.endswith('\r\n') for l in lines))
