"""JSON encoding and decoding (minipy: written in Python, one module).

dumps/dump turn Python values into JSON text, loads/load parse it back; the
output formatting and the error messages follow CPython's json package."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder',
           'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """ValueError subclass raised for malformed JSON text.

    msg: the bare message; doc: the text; pos: index of the failure;
    lineno, colno: the same position counted from 1."""

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        col = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, line, col, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = line, col

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


# CPython defines the class in json.decoder; tracebacks show that name.
JSONDecodeError.__module__ = 'json.decoder'


# -- encoding --------------------------------------------------------------------

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r',
                  '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _escape_char(ch, ascii_only):
    short = _SHORT_ESCAPES.get(ch)
    if short is not None:
        return short
    code = ord(ch)
    if code < 0x20 or (ascii_only and code > 0x7e):
        if code > 0xffff:
            code -= 0x10000
            return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))
        return '\\u%04x' % code
    return ch


def _quote(s, ascii_only):
    # Fast path: printable ASCII needs only quotes and backslashes escaped,
    # and non-ASCII text needs nothing when ascii_only is off.
    if s.isprintable() and (s.isascii() or not ascii_only):
        if '"' not in s and '\\' not in s:
            return '"' + s + '"'
    if '\\' in s:
        s = s.replace('\\', '\\\\')
    if '"' in s:
        s = s.replace('"', '\\"')
    if s.isprintable() and (not ascii_only or s.isascii()):
        return '"' + s + '"'
    # what is left needs a look at each character
    return '"' + ''.join([c if ' ' <= c <= '~' else _escape_char(c, ascii_only)
                          for c in s]) + '"'


def _quote_ascii(s):
    return _quote(s, True)


def _quote_unicode(s):
    return _quote(s, False)


def _refuse(o):
    raise TypeError('Object of type %s is not JSON serializable'
                    % (o.__class__.__name__,))


class JSONEncoder:
    """Extensible JSON encoder; override default() to support more types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','      # no trailing blanks before newlines
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable stand-in for o, or raise TypeError."""
        _refuse(o)

    def encode(self, o):
        """Return the JSON text for o."""
        if isinstance(o, str):
            return (_quote_ascii if self.ensure_ascii else _quote_unicode)(o)
        out = []
        _make_writer(self, out)(o, 0)
        return ''.join(out)

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text for o in pieces."""
        out = []
        _make_writer(self, out)(o, 0)
        return iter(out)


def _float_text(x, allow_nan):
    if x != x:
        text = 'NaN'
    elif x == _INF:
        text = 'Infinity'
    elif x == -_INF:
        text = '-Infinity'
    else:
        return float.__repr__(x)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


_INF = float('inf')


def _make_writer(enc, out):
    """Return put(o, depth) appending the JSON pieces of o to the list out.
    Closures and exact-type tests keep the common cases fast."""
    quote = _quote_ascii if enc.ensure_ascii else _quote_unicode
    allow_nan = enc.allow_nan
    skipkeys = enc.skipkeys
    sort_keys = enc.sort_keys
    item_sep = enc.item_separator
    key_sep = enc.key_separator
    fallback = enc.default
    step = enc.indent
    if step is not None and not isinstance(step, str):
        step = ' ' * step
    active = {} if enc.check_circular else None
    emit = out.append
    int_text = int.__repr__

    def enter(o):
        if active is not None:
            key = id(o)
            if key in active:
                raise ValueError('Circular reference detected')
            active[key] = o

    def leave(o):
        if active is not None:
            del active[id(o)]

    def scalar(o):
        """JSON text of a str/None/bool/int/float, or None for anything else."""
        t = type(o)
        if t is str:
            return quote(o)
        if t is int:
            return int_text(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if t is float:
            return _float_text(o, allow_nan)
        # subclasses of the basic types
        if isinstance(o, str):
            return quote(o)
        if isinstance(o, int):
            return int_text(o)
        if isinstance(o, float):
            return _float_text(o, allow_nan)
        return None

    def breaks(depth):
        # (before the first item, between items, before the closing bracket)
        if step is None:
            return '', item_sep, ''
        inner = '\n' + step * (depth + 1)
        return inner, item_sep + inner, '\n' + step * depth

    def put_list(seq, depth):
        if not seq:
            emit('[]')
            return
        enter(seq)
        first, between, last = breaks(depth)
        emit('[' + first)
        sep = False
        for v in seq:
            if sep:
                emit(between)
            sep = True
            text = scalar(v)
            if text is None:
                put(v, depth + 1)
            else:
                emit(text)
        emit(last + ']')
        leave(seq)

    def key_text(k):
        if type(k) is str or isinstance(k, str):
            return k
        if isinstance(k, float):
            return _float_text(k, allow_nan)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int_text(k)
        if skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s'
                        % (k.__class__.__name__,))

    def put_dict(d, depth):
        if not d:
            emit('{}')
            return
        enter(d)
        first, between, last = breaks(depth)
        emit('{' + first)
        pairs = sorted(d.items()) if sort_keys else d.items()
        sep = False
        for k, v in pairs:
            if type(k) is not str:
                k = key_text(k)
                if k is None:
                    continue              # skipkeys dropped it
            if sep:
                emit(between)
            sep = True
            emit(quote(k) + key_sep)
            text = scalar(v)
            if text is None:
                put(v, depth + 1)
            else:
                emit(text)
        emit(last + '}')
        leave(d)

    def put(o, depth):
        text = scalar(o)
        if text is not None:
            emit(text)
        elif isinstance(o, (list, tuple)):
            put_list(o, depth)
        elif isinstance(o, dict):
            put_dict(o, depth)
        else:
            enter(o)
            put(fallback(o), depth)
            leave(o)

    return put


_plain_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    plain = (not skipkeys and ensure_ascii and check_circular and allow_nan
             and cls is None and indent is None and separators is None
             and default is None and not sort_keys and not kw)
    if plain:
        return _plain_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as JSON text written to the file-like object fp."""
    if cls is None:
        cls = JSONEncoder
    enc = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
              check_circular=check_circular, allow_nan=allow_nan,
              indent=indent, separators=separators, default=default,
              sort_keys=sort_keys, **kw)
    for piece in enc.iterencode(obj):
        fp.write(piece)


# -- decoding --------------------------------------------------------------------

_BLANKS = ' \t\n\r'
_HEX = frozenset('0123456789abcdefABCDEF')
_SIMPLE_UNESCAPE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
                    'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': _INF, '-Infinity': -_INF}


def _hex4(s, at):
    h = s[at:at + 4]
    if len(h) == 4 and h[0] in _HEX and h[1] in _HEX and h[2] in _HEX and h[3] in _HEX:
        return int(h, 16)
    return -1


def _string_at(s, start, strict):
    """Parse the string whose opening quote is at s[start - 1]; return
    (text, index after the closing quote)."""
    pieces = []
    pos = start
    n = len(s)
    while True:
        quote = s.find('"', pos)
        stop = quote if quote >= 0 else n
        slash = s.find('\\', pos, stop)
        if slash >= 0:
            stop = slash
        piece = s[pos:stop]
        if strict and not piece.isprintable():
            for k in range(len(piece)):
                if piece[k] < ' ':
                    raise JSONDecodeError('Invalid control character at', s, pos + k)
        if stop == quote:
            if not pieces:
                return piece, quote + 1
            pieces.append(piece)
            return ''.join(pieces), quote + 1
        if slash < 0:
            raise JSONDecodeError('Unterminated string starting at', s, start - 1)
        pieces.append(piece)
        kind = s[slash + 1] if slash + 1 < n else ''
        if kind == 'u':
            code = _hex4(s, slash + 2)
            if code < 0:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, slash + 1)
            pos = slash + 6
            if 0xd800 <= code <= 0xdbff and s[pos:pos + 2] == '\\u':
                low = _hex4(s, pos + 2)
                if low < 0:
                    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos + 1)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                    pos += 6
            pieces.append(chr(code))
        elif kind:
            ch = _SIMPLE_UNESCAPE.get(kind)
            if ch is None:
                raise JSONDecodeError('Invalid \\escape', s, slash)
            pieces.append(ch)
            pos = slash + 2
        else:
            raise JSONDecodeError('Unterminated string starting at', s, start - 1)


_DIGITS = frozenset('0123456789')


def _make_parser(dec):
    """Build value_at(s, i) -> (value, end) for one decoder configuration.
    Closures keep the hot paths on fast local variables."""
    strict = dec.strict
    object_hook = dec.object_hook
    pairs_hook = dec.object_pairs_hook
    make_float = dec.parse_float
    make_int = dec.parse_int
    make_constant = dec.parse_constant
    blanks = _BLANKS
    digits = _DIGITS
    string_at = _string_at

    def number_at(s, i):
        # Index-based on purpose: one-character slices are slow in minipy.
        n = len(s)
        j = i + 1 if s[i] == '-' else i
        if j < n and s[j] == '0':
            j += 1
        elif j < n and s[j] in digits:
            j += 1
            while j < n and s[j] in digits:
                j += 1
        else:
            raise JSONDecodeError('Expecting value', s, i)
        integral = True
        if j + 1 < n and s[j] == '.' and s[j + 1] in digits:
            j += 2
            while j < n and s[j] in digits:
                j += 1
            integral = False
        if j < n and (s[j] == 'e' or s[j] == 'E'):
            k = j + 1
            if k < n and (s[k] == '+' or s[k] == '-'):
                k += 1
            if k < n and s[k] in digits:
                j = k + 1
                while j < n and s[j] in digits:
                    j += 1
                integral = False
        if integral:
            return make_int(s[i:j]), j
        return make_float(s[i:j]), j

    def value_at(s, i):
        try:
            c = s[i]
        except IndexError:
            raise JSONDecodeError('Expecting value', s, i) from None
        if c == '"':
            return string_at(s, i + 1, strict)
        if c == '{':
            return object_at(s, i + 1)
        if c == '[':
            return array_at(s, i + 1)
        if c in digits or c == '-':
            if c == '-' and s.startswith('-Infinity', i):
                return make_constant('-Infinity'), i + 9
            return number_at(s, i)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return make_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return make_constant('Infinity'), i + 8
        raise JSONDecodeError('Expecting value', s, i)

    def object_at(s, i):
        n = len(s)
        while i < n and s[i] in blanks:
            i += 1
        pairs = []
        append = pairs.append
        if i < n and s[i] == '}':
            i += 1
        else:
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError(
                        'Expecting property name enclosed in double quotes', s, i)
                key, i = string_at(s, i + 1, strict)
                if i < n and s[i] == ':':
                    i += 1
                else:
                    while i < n and s[i] in blanks:
                        i += 1
                    if i >= n or s[i] != ':':
                        raise JSONDecodeError("Expecting ':' delimiter", s, i)
                    i += 1
                while i < n and s[i] in blanks:
                    i += 1
                value, i = value_at(s, i)
                append((key, value))
                while i < n and s[i] in blanks:
                    i += 1
                c = s[i] if i < n else ''
                i += 1
                if c == ',':
                    while i < n and s[i] in blanks:
                        i += 1
                elif c == '}':
                    break
                else:
                    raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
        if pairs_hook is not None:
            return pairs_hook(pairs), i
        result = dict(pairs)
        if object_hook is not None:
            result = object_hook(result)
        return result, i

    def array_at(s, i):
        n = len(s)
        while i < n and s[i] in blanks:
            i += 1
        items = []
        if i < n and s[i] == ']':
            return items, i + 1
        append = items.append
        while True:
            value, i = value_at(s, i)
            append(value)
            while i < n and s[i] in blanks:
                i += 1
            c = s[i] if i < n else ''
            i += 1
            if c == ',':
                while i < n and s[i] in blanks:
                    i += 1
            elif c == ']':
                return items, i
            else:
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)

    return value_at


class JSONDecoder:
    """Configurable JSON decoder (see loads() for the hooks)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self._scan = _make_parser(self)

    def decode(self, s):
        """Return the Python value for the JSON document s."""
        i = 0
        n = len(s)
        while i < n and s[i] in _BLANKS:
            i += 1
        value, i = self.raw_decode(s, i)
        while i < n and s[i] in _BLANKS:
            i += 1
        if i != n:
            raise JSONDecodeError('Extra data', s, i)
        return value

    def raw_decode(self, s, idx=0):
        """Decode one JSON value starting exactly at s[idx]; return
        (value, index where it ended)."""
        return self._scan(s, idx)


_plain_decoder = JSONDecoder()


def _text_of(b):
    raw = bytes(b)
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8')
    # Find the encoding from where the zero bytes are (RFC 4627 style).
    if len(raw) >= 4 and not raw[0]:
        return raw.decode('utf-32-be' if not raw[1] else 'utf-16-be')
    if len(raw) >= 4 and not raw[1]:
        return raw.decode('utf-32-le' if not raw[2] and not raw[3] else 'utf-16-le')
    if len(raw) == 2 and not raw[0]:
        return raw.decode('utf-16-be')
    if len(raw) == 2 and not raw[1]:
        return raw.decode('utf-16-le')
    return raw.decode('utf-8')


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document s (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)',
                                  s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = _text_of(s)
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        'not %s' % (s.__class__.__name__,))
    if (cls is None and object_hook is None and parse_float is None
            and parse_int is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _plain_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    hooks = dict(kw)
    for name, hook in (('object_hook', object_hook), ('parse_float', parse_float),
                       ('parse_int', parse_int), ('parse_constant', parse_constant),
                       ('object_pairs_hook', object_pairs_hook)):
        if hook is not None:
            hooks[name] = hook
    return cls(**hooks).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from the file-like object fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


# CPython's json is a package; let `from json.decoder import JSONDecodeError`
# and friends find this single module under those names too.
def _alias_submodules():
    import sys
    me = sys.modules.get(__name__)
    if me is not None:
        for part in ('decoder', 'encoder', 'scanner'):
            sys.modules.setdefault(__name__ + '.' + part, me)
            globals()[part] = me


_alias_submodules()
del _alias_submodules
