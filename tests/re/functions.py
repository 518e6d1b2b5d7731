# Each module-level function of re, and the same through a compiled Pattern.
import re

print(re.match(r'\d+', '123abc'))
print(re.match(r'\d+', 'abc123'))
print(re.search(r'\d+', 'abc123def'))
print(re.search(r'\d+', 'abcdef'))
print(re.fullmatch(r'\w+', 'hello'))
print(re.fullmatch(r'\w+', 'hello world'))
print(re.fullmatch('a|ab', 'ab'))          # fullmatch backtracks into the alternative
print(re.findall(r'\d+', 'a1b22c333'))
print([m.group() for m in re.finditer(r'[aeiou]', 'education')])
print(re.sub(r'\s+', ' ', 'a   b \t\n c'))
print(re.subn(r'o', '0', 'foo boo'))
print(re.sub('a', 'x', 'aaaa', count=2), re.sub('a', 'x', 'aaaa', 1))
print(re.split(r'[,;]\s*', 'a, b;c,  d'))
print(re.split(',', 'a,b,c,d', maxsplit=2))
print(re.escape('1.5*[x]+(y)?{z}^$|\\ #&~-'))
print(re.escape(b'a.b'))

p = re.compile(r'(\w+)@(\w+)\.com')
print(p)
print(p.pattern, p.groups, p.flags)
m = p.search('mail joe@example.com now')
print(m)
print(m.group(), m.group(1), m.group(2), m.group(1, 2), m.groups())
print(p.match('joe@example.com x'), p.fullmatch('joe@example.com x'))
print(p.findall('a@b.com, c@d.com'))
print(p.sub(r'\2:\1', 'a@b.com, c@d.com'))
print(p.subn(r'<\g<0>>', 'a@b.com, c@d.com'))
print(p.split('x a@b.com y'))

# pos and endpos
q = re.compile(r'\w')
print(q.match('abcd', 2), q.search('ab  cd', 2), q.search('abcd', 1, 1))
print(q.findall('abcdef', 1, 4), [m.span() for m in q.finditer('abcdef', 3)])
print(re.compile('^b').search('ab', 1), re.compile('b$').search('abc', 0, 2))
m = q.search('abc', -10, 100)
print(m.pos, m.endpos, m.string, m.re)

# the cache and compile of a compiled pattern
print(re.compile(p) is p)
re.purge()
print(re.compile('x+') == re.compile('x+'), re.compile('x+') == re.compile('x+', re.I))
print(hash(re.compile('ab')) == hash(re.compile('ab')))

it = re.finditer('a', 'banana')
print(type(it).__name__, next(it).span(), [m.start() for m in it])
print(isinstance(p, re.Pattern), isinstance(m, re.Match), re.Pattern.__name__, re.Match.__name__)

# type hints subscript the classes
def first_word(p: re.Pattern[str], s: str) -> re.Match[str] | None:
    return p.match(s)
print(re.Pattern[str], first_word(re.compile(r'\w+'), 'hi there'))
