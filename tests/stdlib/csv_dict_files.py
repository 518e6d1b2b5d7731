import csv

rows = [
    {'name': 'Ada', 'lang': 'en', 'note': 'likes, commas'},
    {'name': 'Bo "B" Jo', 'lang': 'fr', 'note': 'multi\nline'},
    {'name': 'Cy', 'lang': 'de'},
]
with open('people.csv', 'w', newline='') as f:
    wr = csv.DictWriter(f, fieldnames=['name', 'lang', 'note'], restval='-')
    print(wr.writeheader())
    for row in rows:
        print(wr.writerow(row))
    wr.writerows([{'name': 'Di', 'lang': 'it', 'note': ''}])

with open('people.csv', 'rb') as f:
    print(f.read())

with open('people.csv', newline='') as f:
    rd = csv.DictReader(f)
    print(rd.fieldnames, rd.line_num)
    for rec in rd:
        print(rec, rd.line_num)

with open('people.csv', newline='') as f:
    for row in csv.reader(f):
        print(row)

with open('short.csv', 'w', newline='') as f:
    f.write('a,b,c\r\n1,2\r\n\r\n3,4,5,6,7\r\n')
with open('short.csv', newline='') as f:
    for rec in csv.DictReader(f, restkey='extra', restval='?'):
        print(rec)
with open('short.csv', newline='') as f:
    rd = csv.DictReader(f, fieldnames=['x', 'y'])
    print(list(rd), rd.line_num)
with open('short.csv', newline='') as f:
    rd = csv.DictReader(f, fieldnames=('p', 'q', 'r'))
    print(next(rd), rd.fieldnames)

with open('empty.csv', 'w', newline='') as f:
    pass
with open('empty.csv', newline='') as f:
    rd = csv.DictReader(f)
    print(rd.fieldnames, list(rd))

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
s = Sink()
dw = csv.DictWriter(s, ['a', 'b'])
try:
    dw.writerow({'a': 1, 'c': 2})
except ValueError as e:
    print("ValueError:", e)
dw2 = csv.DictWriter(s, ['a', 'b'], extrasaction='ignore')
dw2.writerow({'a': 1, 'c': 2})
try:
    csv.DictWriter(s, ['a'], extrasaction='bad')
except ValueError as e:
    print("ValueError:", e)
dw3 = csv.DictWriter(s, ('a', 'b'), quoting=csv.QUOTE_ALL, delimiter=';')
dw3.writeheader()
dw3.writerow({'b': None})
print(repr(''.join(s.parts)))

def active_rows(name):
    with open(name, newline='') as f:
        for row in csv.DictReader(f):
            if row['status'] == 'active':
                yield row['id']
with open('status.csv', 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['id', 'status'])
    w.writerows([[1, 'active'], [2, 'gone'], [3, 'active']])
print(list(active_rows('status.csv')))
try:
    list(active_rows('missing.csv'))
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
