"""CSV (comma separated values) reading and writing (minipy: written in Python).

reader/writer follow the rules of CPython's _csv module; DictReader and
DictWriter map rows to and from dictionaries."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', 'excel', 'excel_tab', 'unix_dialect', 'reader',
           'writer', 'register_dialect', 'get_dialect', 'list_dialects',
           'unregister_dialect', 'field_size_limit', 'DictReader', 'DictWriter',
           '__version__']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3


class Error(Exception):
    pass


Error.__module__ = '_csv'     # where CPython defines it; shown in tracebacks

_limit = [128 * 1024]


def field_size_limit(*args):
    """field_size_limit([limit]) -> the old limit; sets a new one if given."""
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d'
                        % len(args))
    old = _limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _limit[0] = args[0]
    return old


# -- dialects --------------------------------------------------------------------

_OPTION_NAMES = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                 'quotechar', 'quoting', 'skipinitialspace', 'strict')


class Dialect:
    """Describe a CSV dialect: subclass it and set the attributes."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        try:
            _Format(self, {})
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """Usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Usual properties of a CSV file made on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def _single_char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_ABSENT = object()


class _Format:
    """Resolved formatting parameters (the `dialect` attribute of readers
    and writers)."""

    def __init__(self, dialect, overrides):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for k in overrides:
            if k not in _OPTION_NAMES:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (k,))

        def given(name):
            # An explicit None counts as given (and is validated), as in CPython.
            if name in overrides:
                return overrides[name]
            return getattr(dialect, name, _ABSENT)

        v = given('delimiter')
        self.delimiter = _single_char('delimiter', ',' if v is _ABSENT else v, False)
        v = given('doublequote')
        self.doublequote = True if v is _ABSENT else bool(v)
        v = given('escapechar')
        self.escapechar = None if v is _ABSENT else _single_char('escapechar', v, True)
        quotechar = given('quotechar')
        if 'quotechar' in overrides and quotechar is None and 'quoting' not in overrides:
            quoting = QUOTE_NONE       # quotechar=None alone switches quoting off
        else:
            quoting = given('quoting')
        if quoting is _ABSENT:
            quoting = QUOTE_NONE if quotechar is None else QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        if not 0 <= quoting <= 3:
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        v = given('lineterminator')
        if v is _ABSENT:
            v = '\r\n'
        elif not isinstance(v, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = v
        if quotechar is _ABSENT:
            quotechar = '"'
        self.quotechar = _single_char('quotechar', quotechar, True)
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        v = given('skipinitialspace')
        self.skipinitialspace = False if v is _ABSENT else bool(v)
        v = given('strict')
        self.strict = False if v is _ABSENT else bool(v)


_registry = {}


def register_dialect(name, dialect=None, **fmtparams):
    """Associate a dialect (object or keyword parameters) with a name."""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _registry[name] = _Format(dialect if dialect is not None else excel, fmtparams)


def unregister_dialect(name):
    """Delete the dialect registered under name."""
    if name not in _registry:
        raise Error('unknown dialect')
    del _registry[name]


def get_dialect(name):
    """Return the dialect registered under name."""
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    """Names of all registered dialects."""
    return list(_registry)


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)


# -- reading ---------------------------------------------------------------------

# parser states
(_NEW_ROW, _NEW_FIELD, _AFTER_ESC, _AFTER_ESC_NL, _PLAIN, _QUOTED,
 _ESC_IN_QUOTES, _QUOTE_IN_QUOTES, _LINE_END) = range(9)

_EOL = object()     # fed after each line's characters

_NEWLINE_IN_FIELD = ("new-line character seen in unquoted field - do you need "
                     "to open the file in universal-newline mode?")


class _Reader:
    def __init__(self, lines, fmt):
        self._lines = iter(lines)
        self.dialect = fmt
        self.line_num = 0
        quote = fmt.quotechar if fmt.quoting != QUOTE_NONE else None
        self._special = [c for c in (quote, fmt.escapechar) if c is not None]

    def __iter__(self):
        return self

    def _fast_row(self, line):
        """Split a line with no quoting or escaping; None when the full
        parser is needed."""
        for c in self._special:
            if c in line:
                return None
        if len(line) > _limit[0]:
            return None
        if line[-2:] == '\r\n':
            body = line[:-2]
        elif line[-1:] in ('\n', '\r'):
            body = line[:-1]
        else:
            body = line
        if '\r' in body or '\n' in body:
            return None
        if not body:
            return []
        f = self.dialect
        cells = body.split(f.delimiter)
        if f.skipinitialspace:
            cells = [c.lstrip(' ') for c in cells]
        if f.quoting == QUOTE_NONNUMERIC:
            cells = [float(c) if c else c for c in cells]
        return cells

    def __next__(self):
        f = self.dialect
        delim, esc = f.delimiter, f.escapechar
        quote = f.quotechar if f.quoting != QUOTE_NONE else None
        strict = f.strict
        nonnumeric = f.quoting == QUOTE_NONNUMERIC
        limit = _limit[0]
        state = _NEW_ROW
        row = []
        field = []
        numeric = False      # the current field is unquoted under QUOTE_NONNUMERIC

        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if field or state == _QUOTED:
                    if strict:
                        raise Error('unexpected end of data') from None
                    text = ''.join(field)
                    row.append(float(text) if numeric else text)
                    return row
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file '
                            'should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            if state == _NEW_ROW:
                quick = self._fast_row(line)
                if quick is not None:
                    return quick
            chars = list(line)
            chars.append(_EOL)
            for c in chars:
                ends = c is _EOL or c == '\n' or c == '\r'
                if state == _NEW_ROW:
                    if c is _EOL:
                        break
                    if ends:
                        state = _LINE_END
                        continue
                    state = _NEW_FIELD
                if state == _AFTER_ESC_NL and c is _EOL:
                    continue        # the escaped line break continues the field
                if state == _NEW_FIELD:
                    if ends or c == delim:
                        row.append('')
                        if ends:
                            state = _NEW_ROW if c is _EOL else _LINE_END
                    elif c == quote:
                        state = _QUOTED
                    elif c == esc:
                        state = _AFTER_ESC
                    elif c == ' ' and f.skipinitialspace:
                        pass
                    else:
                        field.append(c)
                        numeric = nonnumeric
                        state = _PLAIN
                elif state == _PLAIN or state == _QUOTE_IN_QUOTES or state == _AFTER_ESC_NL:
                    # (_AFTER_ESC_NL acts like _PLAIN but, as in CPython, keeps
                    # ignoring line ends until a delimiter or newline shows up)
                    if state == _QUOTE_IN_QUOTES:
                        if c == quote:
                            field.append(c)     # a doubled quote stands for one
                            state = _QUOTED
                            continue
                        if not ends and c != delim:
                            if strict:
                                raise Error("'%s' expected after '%s'" % (delim, quote))
                            field.append(c)
                            state = _PLAIN
                            continue
                    if ends or c == delim:
                        text = ''.join(field)
                        field.clear()
                        row.append(float(text) if numeric else text)
                        numeric = False
                        if c == delim:
                            state = _NEW_FIELD
                        else:
                            state = _NEW_ROW if c is _EOL else _LINE_END
                    elif c == esc:
                        state = _AFTER_ESC
                    else:
                        field.append(c)
                elif state == _QUOTED:
                    if c is _EOL:
                        pass                    # the field goes on in the next line
                    elif c == esc:
                        state = _ESC_IN_QUOTES
                    elif c == quote:
                        state = _QUOTE_IN_QUOTES if f.doublequote else _PLAIN
                    else:
                        field.append(c)
                elif state == _AFTER_ESC:
                    if c == '\n' or c == '\r':
                        field.append(c)
                        state = _AFTER_ESC_NL
                    else:
                        field.append('\n' if c is _EOL else c)
                        state = _PLAIN
                elif state == _ESC_IN_QUOTES:
                    field.append('\n' if c is _EOL else c)
                    state = _QUOTED
                else:   # _LINE_END
                    if c is _EOL:
                        state = _NEW_ROW
                    elif not ends:
                        raise Error(_NEWLINE_IN_FIELD)
                if len(field) > limit:
                    raise Error('field larger than field limit (%d)' % limit)
            if state == _NEW_ROW:
                return row


def reader(csvfile, dialect='excel', **fmtparams):
    """Iterate over the rows (lists of str) of csvfile, any iterable of lines."""
    return _Reader(csvfile, _Format(dialect, fmtparams))


# -- writing ---------------------------------------------------------------------

def _is_number(v):
    if isinstance(v, (int, float, complex)):
        return True
    t = type(v)
    return hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')


class _Writer:
    def __init__(self, fileobj, fmt):
        self._write = fileobj.write
        self.dialect = fmt
        specials = set(fmt.lineterminator)
        specials.add(fmt.delimiter)
        if fmt.quotechar is not None:
            specials.add(fmt.quotechar)
        if fmt.escapechar is not None:
            specials.add(fmt.escapechar)
        self._specials = specials

    def _cell(self, v, only_cell):
        f = self.dialect
        if v is None:
            text = ''
        elif isinstance(v, float):
            text = float.__repr__(v)
        else:
            text = str(v)
        quoting = f.quoting
        if quoting == QUOTE_ALL:
            force = True
        elif quoting == QUOTE_NONNUMERIC:
            force = v is None or not _is_number(v)
        else:
            force = False
        specials = self._specials
        needs_work = False
        for c in text:
            if c in specials:
                needs_work = True
                break
        if not needs_work:
            if not text and only_cell:
                if quoting == QUOTE_NONE:
                    raise Error('single empty field record must be quoted')
                force = True
            if force:
                return f.quotechar + text + f.quotechar
            return text
        quote, esc = f.quotechar, f.escapechar
        out = []
        for c in text:
            if c in specials:
                escape = False
                if quoting == QUOTE_NONE:
                    escape = True
                elif c == quote:
                    if f.doublequote:
                        out.append(quote)
                        force = True
                    else:
                        escape = True
                elif c == esc:
                    escape = True
                else:
                    force = True
                if escape:
                    if esc is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(esc)
            out.append(c)
        text = ''.join(out)
        if force:
            return quote + text + quote
        return text

    def writerow(self, row):
        """Format one row and write it; returns what the file's write returned."""
        try:
            cells = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        only = len(cells) == 1
        line = self.dialect.delimiter.join([self._cell(v, only) for v in cells])
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        """Write every row of an iterable of rows."""
        for r in rows:
            self.writerow(r)


def writer(csvfile, dialect='excel', **fmtparams):
    """Return an object whose writerow() writes delimited rows to csvfile
    (any object with a write() method)."""
    return _Writer(csvfile, _Format(dialect, fmtparams))


# -- dictionaries ----------------------------------------------------------------

class DictReader:
    """Read rows as dicts keyed by fieldnames (by default the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect='excel', *args, **kwds):
        self._header = fieldnames
        self.restkey, self.restval = restkey, restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _get_fieldnames(self):
        if self._header is None:
            for first in self.reader:
                self._header = first
                break
        self.line_num = self.reader.line_num
        return self._header

    def _set_fieldnames(self, names):
        self._header = names

    fieldnames = property(_get_fieldnames, _set_fieldnames)

    def __next__(self):
        src = self.reader
        if not self.line_num:
            self._get_fieldnames()
        row = next(src)
        self.line_num = src.line_num
        while not row:
            row = next(src)        # blank lines do not make records
        keys = self.fieldnames
        extra = len(row) - len(keys)
        record = dict(zip(keys, row))
        if extra > 0:
            record[self.restkey] = row[len(keys):]
        elif extra < 0:
            for k in keys[len(row):]:
                record[k] = self.restval
        return record

    def __class_getitem__(cls, item):
        return cls


class DictWriter:
    """Write dicts as rows, in the column order given by fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise',
                 dialect='excel', *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        mode = extrasaction.lower()
        if mode != 'raise' and mode != 'ignore':
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Write a row of the field names."""
        return self.writer.writerow(list(self.fieldnames))

    def _cells(self, rowdict):
        if self.extrasaction.lower() == 'raise':
            unknown = [k for k in rowdict if k not in self.fieldnames]
            if unknown:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(k) for k in unknown]))
        fill = self.restval
        return [rowdict.get(k, fill) for k in self.fieldnames]

    def writerow(self, rowdict):
        """Write one dict as a row."""
        return self.writer.writerow(self._cells(rowdict))

    def writerows(self, rowdicts):
        """Write every dict of an iterable."""
        return self.writer.writerows([self._cells(d) for d in rowdicts])

    def __class_getitem__(cls, item):
        return cls
