# Groups: numbered, named, optional, nested, back-references and Match accessors.
import re

m = re.match(r'(?P<key>\w+)=(?P<value>\d+)?(;)?', 'width=100 rest')
print(m)
print(m.group(0), m.group('key'), m['value'], m[1], m.group(3))
print(m.groups(), m.groups('n/a'), m.groups(default=0))
print(m.groupdict(), re.match(r'(?P<a>x)(?P<b>y)?', 'x').groupdict('-'))
print(m.start(), m.end(), m.span(), m.start('value'), m.end(2), m.span(3))
print(m.lastindex, m.lastgroup, m.regs)
print(m.expand(r'\g<value> is \g<key> (\1)'))
print(bool(m), m.pos, m.endpos)

for bad in [4, -1, 'nope', 1.5, None]:
    for f in (m.group, m.start, m.span, m.__getitem__):
        try:
            f(bad)
        except IndexError as e:
            print(type(e).__name__, e)

print(re.match(r'(a)(b)?', 'a').lastindex)
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'((a)b)', 'ab').lastgroup)
print(re.match(r'(?P<outer>(?P<inner>a)b)', 'ab').lastgroup)
print(re.match(r'(a)()', 'a').lastindex, re.match(r'(a())', 'a').lastindex)
print(re.match(r'a', 'a').lastindex, re.match(r'a', 'a').groups())
print(re.match(r'(a|b)*', 'abab').group(1), re.match(r'(?:(a)|(b))+', 'ab').groups())
print(re.match(r'(\w)\1', 'aa'), re.match(r'(\w)\1', 'ab'))
print(re.match(r'(?P<c>\w)(?P=c)', 'xx'), re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now'))
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'))
print(re.match(r'(?P<x>a)?(?(x)b|c)', 'c'))
print(re.compile(r'(?P<first>\w+) (?P<last>\w+)').groupindex)
print(re.compile(r'(a)(?:b)(?P<c>c)(?=d)').groups)
print(re.findall(r'(a)(b)?', 'ab a'), re.findall(r'a(b)?', 'ab a'), re.findall(r'(?:a)(b)', 'ab'))
print(re.match(r'(?P<name>\w+)', 'héllo').group('name'))
print(repr(re.match('x*', 'abc')), repr(re.match('a' * 60, 'a' * 60)))
