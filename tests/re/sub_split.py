# sub with templates and functions, split with groups, and Python 3.7+ empty-match rules.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<w>\d+)', r'[\g<w>|\g<1>|\g<0>]', 'a1b23'))
print(re.sub('a', r'\n\t\\', 'xax'), re.sub('a', '\\&', 'a'), re.sub('(a)', r'\1\0\01x', 'a'))
print(re.sub('(a)|b', r'<\1>', 'ab'))                        # unmatched group -> ''
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'\w+', lambda m: None, 'keep, this'))            # None -> nothing
print(re.subn(r'(\w)(\w*)', lambda m: m.group(2) + m.group(1) + 'ay', 'pig latin here'))
calls = []
def record(m):
    calls.append((m.start(), m.group()))
    return m.group().upper()
print(re.sub('[aeiou]', record, 'education', count=3), calls)
p = re.compile(r'\d')
print(p.sub(lambda m: p.sub('#', m.group() * 2), 'a1b2'))     # re-entrant use of a pattern

print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a*', '-', 'baaac'))
print(re.findall('', 'ab'), re.findall(r'\b', 'a b'), re.findall('x*', 'axxb'))
print([m.span() for m in re.finditer(r'\b|a', 'a')])
print(re.split('', 'abc'), re.split(r'\b', 'a b'), re.split('x*', 'axbc'))
print(re.split(r'(,)', 'a,b,c'), re.split(r'(,)|(;)', 'a,b;c'), re.split(r'(?:,)', 'a,b'))
print(re.split(r'\s*(\d)\s*', 'a 1 b2c'), re.split(',', 'a,b', maxsplit=-1), re.split(',', 'a,b,', 0))
print(re.split(r'(a)(x)?', 'bab'), re.split(',', ''), re.split('x', 'x'))
print(re.sub('a', 'b', 'aaa', count=-1), re.subn('z', 'y', 'abc'))
print(re.sub(r'(?m)^', '> ', 'line1\nline2'), re.sub(r'$', '!', 'a\n'))

for repl in [r'\2', r'\g<x>', r'\g<', r'\g<>', r'\g<1a>', r'\q', '\\', r'\g', r'\g<-1>', r'\777']:
    try:
        print(re.sub('(a)', repl, 'ab'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for f in [lambda m: 1, lambda m: b'x']:
    try:
        re.sub('a', f, 'a')
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError', e)
# deep backtracking on a long subject still works
s = 'ab' * 200_000
print(re.match('(a|b)*', s).end(), re.match('(?:a|b)*c', s), len(re.findall(r'(\w)(\w)', s)))
