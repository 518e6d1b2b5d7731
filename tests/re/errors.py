# Bad patterns raise re.error with CPython's message, position, line and column.
import re

bad = ['a)', '(a', '[a', '*', r'\q', 'a**', '(?P<1>a)', '(?P=x)', r'\2(a)', '(?P<a>x)(?P<a>y)',
       '(?<n>a)', 'a{2,1}', '(?x', '(?', '\\', '(?P<a', '(?i)a(?m)b', '(?L)a', '(?z)', r'(a)\1\2',
       r'[\Z]', r'(?P=1)', r'[b-a]', r'\x4', r'\u12', '(?P<a>a(?P=a))', r'\8', r'\400',
       '(?(1)a|b|c)', '(?(1)a|b)', '(?(x)a|b)', '(?#abc', '+', '?', '{1}', 'a{1}{2}', 'x*?*', '^*',
       '$*', r'\b*', '(?i)*', '(?P<a-b>x)', '[]', '[^]', '(?-i)', '(?P<>a)', '(?P=', '(?P>a)',
       r'[\d-z]', r'\U00110000', '(?|a)', 'a{3}?+', '(?-a:x)', '(?au)', r'\777', r'\12',
       '(?<', 'abc\n(def', b'(', b'\\u0041', '((a)']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno)

good = [r'[]a]', '[a-]', 'x++', '(?=a)*', 'a(?#x)*', '(?:)*', 'a{,3}', 'a{}', 'a{1,2', '(?a:x)',
        '(?im-s:a)', r'\0', r'\08', r'[\1]', '(?(1)a|b)(c)', '(?P<a>a)|(?P<b>b)(?P=a)']
for p in good:
    print(repr(p), re.compile(p).groups)

try:
    re.compile('a' + '{' + '4294967296}')
except OverflowError as e:
    print('OverflowError', e)
e = re.error('custom', 'pat\ntern', 5)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception))
print(re.error('plain').msg, str(re.error('plain')), re.error('plain').pos)
try:
    re.search('(', 'x')
except re.error as e:
    print(type(e).__name__, type(e).__module__, e)
