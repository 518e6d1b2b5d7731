"""CSV file reading and writing (minipy: a subset in Python)."""

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


class Dialect:
    delimiter = ','
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = '\t'


_dialects = {'excel': excel, 'excel-tab': excel_tab}


def _params(dialect, kw):
    if isinstance(dialect, str):
        dialect = _dialects[dialect]
    p = {}
    for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                 'lineterminator', 'quoting', 'strict'):
        p[name] = kw.get(name, getattr(dialect, name))
    return p


class _reader:
    def __init__(self, f, p):
        self._it = iter(f)
        self._p = p
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        p = self._p
        d, q = p['delimiter'], p['quotechar']
        row = []
        field = []
        in_quotes = False
        quoted = False
        line = next(self._it)
        self.line_num += 1
        while True:
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                if in_quotes:
                    if c == q:
                        if p['doublequote'] and i + 1 < n and line[i + 1] == q:
                            field.append(q)
                            i += 1
                        else:
                            in_quotes = False
                    elif c == p['escapechar'] and i + 1 < n:
                        i += 1
                        field.append(line[i])
                    else:
                        field.append(c)
                elif c == d:
                    row.append(self._finish(field, quoted))
                    field = []
                    quoted = False
                    if p['skipinitialspace']:
                        while i + 1 < n and line[i + 1] == ' ':
                            i += 1
                elif c == q and not field and p['quoting'] != QUOTE_NONE:
                    in_quotes = True
                    quoted = True
                elif c in '\r\n':
                    pass
                elif c == p['escapechar'] and i + 1 < n:
                    i += 1
                    field.append(line[i])
                else:
                    field.append(c)
                i += 1
            if not in_quotes:
                break
            try:
                line = next(self._it)
            except StopIteration:
                raise Error('unexpected end of data') from None
            self.line_num += 1
        if field or quoted or row:
            row.append(self._finish(field, quoted))
        return row

    def _finish(self, field, quoted):
        s = ''.join(field)
        if self._p['quoting'] == QUOTE_NONNUMERIC and not quoted:
            return float(s)
        return s


class _writer:
    def __init__(self, f, p):
        self._f = f
        self._p = p

    def _field(self, v):
        p = self._p
        d, q = p['delimiter'], p['quotechar']
        if v is None:
            s = ''
        elif isinstance(v, float):
            s = repr(v)
        else:
            s = str(v)
        quoting = p['quoting']
        need = quoting == QUOTE_ALL or (quoting == QUOTE_NONNUMERIC and
                                        not isinstance(v, (int, float)))
        if not need and quoting != QUOTE_NONE:
            need = (d in s or q in s or '\n' in s or '\r' in s or
                    (s == '' and False))
        if need:
            return q + s.replace(q, q + q) + q
        return s

    def writerow(self, row):
        line = self._p['delimiter'].join(self._field(v) for v in row)
        return self._f.write(line + self._p['lineterminator'])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect='excel', **kw):
    return _reader(csvfile, _params(dialect, kw))


def writer(csvfile, dialect='excel', **kw):
    return _writer(csvfile, _params(dialect, kw))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', **kw):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, **kw)
        self.line_num = 0

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    def __iter__(self):
        return self

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", **kw):
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, **kw)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def writerow(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return self.writer.writerow([rowdict.get(key, self.restval) for key in self.fieldnames])

    def writerows(self, rowdicts):
        for r in rowdicts:
            self.writerow(r)
