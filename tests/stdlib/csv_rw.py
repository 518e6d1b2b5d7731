import csv

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def value(self):
        return ''.join(self.parts)

def w(rows, **kw):
    s = Sink()
    wr = csv.writer(s, **kw)
    try:
        for r in rows:
            print(repr(wr.writerow(r)), end=' ')
    except Exception as e:
        print(type(e).__name__, e, end=' ')
    print(repr(s.value()))

w([[1, 2.5, None, 'a b', 'x,y', 'q"q', 'l\nm', 'r\rs', '', True, 1e20, ' lead', 'tab\there']])
w([['']]); w([[]]); w([[None]]); w([['', '']]); w([()])
w([[1, 2.5, None, 'a', '', True]], quoting=csv.QUOTE_NONNUMERIC)
w([[1, 'a', None, '']], quoting=csv.QUOTE_ALL)
w([['a,b']], quoting=csv.QUOTE_NONE)
w([['a,b', 'q"', 'x\\y', 'plain']], quoting=csv.QUOTE_NONE, escapechar='\\')
w([['q"q', 'e\\e', 'c,d']], doublequote=False, escapechar='\\')
w([['q"q']], doublequote=False)
w([['r\rs', 'n\nm', 't\tt']], lineterminator='\n')
w([['a;b', 'c,d']], delimiter=';')
w([['x', 'y']], lineterminator='|')
w([[1, "it's"]], quotechar="'")
w([5])
w(['abc'])
w([[['nested'], {'a': 1}]])
w([[''], ['']], quoting=csv.QUOTE_NONE)
w([range(3), (x * x for x in range(3))])
w([['a', 'b']], dialect='excel-tab')
w([['a', 'b']], dialect='unix')
w([['a', 'b']], dialect=csv.unix_dialect, quoting=csv.QUOTE_MINIMAL)

class Partial(csv.Dialect):
    delimiter = ','
for D in (csv.Dialect, Partial):
    try:
        D()
    except csv.Error as e:
        print("Error:", e)
class NoQuote(csv.Dialect):
    delimiter = ','
    quotechar = None
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
try:
    csv.writer(Sink(), dialect=NoQuote)
except TypeError as e:
    print("TypeError:", e)
print(csv.writer(Sink(), quotechar=None).dialect.quoting)
try:
    csv.writer(Sink(), quotechar=None, quoting=csv.QUOTE_ALL)
except TypeError as e:
    print("TypeError:", e)

class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
w([['a;b', 'c']], dialect=Semi)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
w([['a', 1]], dialect='pipes')
print(sorted(csv.list_dialects()))
d = csv.get_dialect('pipes'); print(d.delimiter, d.quoting, repr(d.lineterminator), d.quotechar)
csv.unregister_dialect('pipes')
try:
    csv.get_dialect('pipes')
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(Sink(), dialect='nope')
except csv.Error as e:
    print("Error:", e)

for kw in [dict(delimiter=''), dict(delimiter=1), dict(delimiter='ab'), dict(quotechar=''),
           dict(quotechar=None), dict(quoting=9), dict(lineterminator=5), dict(escapechar='ab'),
           dict(quotechar=None, quoting=csv.QUOTE_NONE), dict(bogus=1), dict(delimiter='"')]:
    try:
        csv.writer(Sink(), **kw)
        print(kw, 'ok')
    except Exception as e:
        print(kw, type(e).__name__, e)

sw = csv.writer(Sink())
print(sw.dialect.delimiter, repr(sw.dialect.lineterminator), sw.dialect.quoting, sw.dialect.doublequote)
s = Sink()
csv.writer(s).writerows([[1, 2], ['a', 'b,c'], []])
print(repr(s.value()))
print(csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(issubclass(csv.Error, Exception), csv.__version__)
