# Flags as arguments and inline, and the RegexFlag values.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.IGNORECASE | re.MULTILINE, re.NOFLAG)
print(int(re.I), int(re.M | re.S), re.I | re.M == 10, re.I & re.I, re.I ^ re.I)
print(re.match('abc', 'ABC', re.I), re.match('abc', 'ABC'))
print(re.findall('^\\w', 'one\ntwo\nthree', re.M), re.findall('^\\w', 'one\ntwo'))
print(re.findall('o$', 'foo\nboo', re.MULTILINE), re.search('o$', 'foo\n'))
print(re.match('a.b', 'a\nb'), re.match('a.b', 'a\nb', re.S), re.match('a.b', 'a\nb', re.DOTALL))
v = re.compile(r'''
    (?P<int>\d+)     # the integer part
    \.               # a literal dot
    (?P<frac>\d*)    # the fraction
''', re.VERBOSE)
print(v.match('3.14').groupdict(), v.flags)
print(re.match(r'a\ b[ ]c\#', 'a b c#', re.X))
print(re.findall(r'\w+', 'naïve café', re.A), re.findall(r'\w+', 'naïve café'))
print(re.match('(?i)hello', 'HeLLo'), re.match('(?s).+', 'a\nb').group(), re.match('(?x) a b', 'ab'))
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'), re.match('a(?-i:b)', 'Ab', re.I), re.match('a(?-i:b)', 'AB', re.I))
print(re.match('(?m)^b', 'a\nb'), re.search('(?m)^b', 'a\nb'))
print(re.compile('(?i)x').flags, re.compile('x', re.I | re.M).flags, re.compile(b'x').flags, re.compile(b'x', re.I).flags)
print(re.compile('a', re.I | re.M), re.compile('a', re.A), re.compile(b'a', re.I), re.compile('a', re.U))
print(re.match('straße', 'STRASSE', re.I), re.match('σ', 'Σ', re.I), re.match('ñ', 'Ñ', re.I))
print(re.search(r'\bcat\b', 'a cat!'), re.search(r'\Bat\b', 'cat'), re.search(r'\Aab\Z', 'ab'), re.search(r'ab\Z', 'ab\n'), re.search(r'ab$', 'ab\n'))
for args in [('a', re.L), (b'a', re.U), ('a', re.A | re.U)]:
    try:
        re.compile(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
# multiline anchors at the very end of the text
print(repr(re.sub('(?m)^', '>', 'a\nb\n')), re.findall('(?m)^', 'a\n'), re.findall('(?m)$', 'a\nb\n'), re.findall('$', 'a\n'))
print(re.findall(r'(?m)^\s*$', 'a\n\n  \nb\n'), re.split(r'(?m)^$', 'a\n\nb\n'))
print(re.findall(r'\r?\n', 'a\r\nb\nc'), re.findall('.', 'a\rb'), re.findall(r'(?s).', 'a\n'))
