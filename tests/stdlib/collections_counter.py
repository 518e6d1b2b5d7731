from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(c['a'], c['z'], 'z' in c, len(c), c.total())
print(sorted(c.elements()))
print(Counter(), Counter(a=3, b=1), Counter({'x': 2, 'y': 5}))
print(Counter(['b', 'a', 'b', 'c', 'a', 'd']).most_common())
c.update('aaz'); print(c)
c.update({'z': 3}); print(c)
c.update(q=2); print(c)
c.subtract('aaaaaaa'); print(c)
c.subtract({'b': 5}, r=1); print(c)
print(list(c.elements()))
del c['nothere']
del c['z']; print(c)

a = Counter(a=3, b=1, c=-1)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+a, -a)
x = Counter(a=3, b=1); x += Counter(b=-1, c=2); print(x)
x = Counter(a=3, b=1); x -= Counter(a=1, c=2); print(x)
x = Counter(a=3, b=1); x |= Counter(a=1, b=5, c=0); print(x)
x = Counter(a=3, b=1); x &= Counter(a=1); print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1, b=0))
print(Counter(a=1) == {'a': 1})
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Counter('a') + {'a': 1}
except TypeError as e:
    print("TypeError:", e)
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
for word, n in wc.most_common(3):
    print(word, n)
print(wc.copy() == wc, type(wc.copy()).__name__)
print(Counter({'a': 'x', 'b': 3}) if False else Counter(a=2.5, b=1))
class MyCounter(Counter):
    pass
print(MyCounter('aab'), MyCounter())
print(dict(Counter('hello')), list(Counter('hello').keys()))
print(Counter('hello').items(), sorted(Counter('mississippi').items()))
c = Counter()
for ch in 'banana':
    c[ch] += 1
print(c, c.most_common(1)[0])
