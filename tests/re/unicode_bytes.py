# str patterns on non-ASCII text (positions in code points), and bytes patterns.
import re

s = 'Grüße aus Köln — 東京 and Zürich'
print(re.findall(r'\w+', s))
m = re.search(r'K(ö)ln', s)
print(m, m.span(), m.span(1), m.start(), m.end(), s[m.start():m.end()])
print([m.span() for m in re.finditer(r'ü', s)])
print(re.sub(r'[äöüß]', lambda m: {'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss'}[m.group()], s))
print(re.split(r'\s+', s), re.split(r'(ü)', 'aüb'))
print(re.sub('', '.', 'äö'), re.findall('', 'äö'), re.split('', 'äö'))
print(re.match(r'\u00e9\x41\101\0', 'éAA\0'), re.findall('[😀-😂]', '😀😁x'), re.sub('😀', 'ok', 'a😀b'))
print(re.findall(r'\d', '١٢3'), re.findall(r'\s', ' \u3000\t'), re.findall(r'[^a]', 'bàc'))
print(re.match('.', 'é').end(), re.match('...', 'aéb').group(), len(re.match('.+', '東京').group()))
print(re.compile('(?P<straße>x)').groupindex, re.match('(?P<straße>x)', 'x').group('straße'))
print(re.search('é+', 'aééb', 0), re.compile('é').search('ééé', 1, 2), re.compile('é').findall('ééé', 1))

print(re.findall(rb'\d+', b'a1b22'), re.sub(rb'(\w)', rb'<\1>', b'ab'), re.split(rb',', b'x,y'))
print(re.search(b'\xff+', b'a\xff\xffb'), re.match(rb'\w+', b'caf\xc3\xa9').group())
print(re.findall(b'[a-z]+', bytearray(b'abc 12 de')), re.sub(b'(a)', b'\\1\\1', bytearray(b'bab')))
print(re.match(b'a', bytearray(b'abc')).group(), re.compile(rb'(?P<n>\d)').match(b'7').groupdict())
print(re.match(rb'(?i)ABC', b'abc'), re.escape(b'\x00.a'), re.fullmatch(b'.*', b'a\nb', re.S))
for args in [(b'a', 'a'), ('a', b'a'), ('a', 1), (1, 'a')]:
    try:
        re.match(*args)
    except TypeError as e:
        print('TypeError', e)
for args in [('a', b'x', 'a'), (b'a', 'x', b'a')]:
    try:
        re.sub(*args)
    except TypeError as e:
        print('TypeError', e)
big = 'äbc ' * 20000
print(len(re.findall(r'\w+', big)), list(re.finditer('c', big))[-1].span(), len(re.sub('b', 'BB', big)))
