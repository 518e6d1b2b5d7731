"""JSON encoder and decoder (minipy: written in Python)."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecodeError', 'JSONDecoder', 'JSONEncoder']


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
            '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _float_str(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
    return text


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        chunks = []
        self._enc(o, chunks, 0, {} if self.check_circular else None)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])

    def _key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return _float_str(k, self.allow_nan)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')

    def _enc(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_str(o, self.allow_nan))
        elif isinstance(o, (list, tuple, dict)):
            if markers is not None:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers[id(o)] = o
            if isinstance(o, dict):
                self._enc_dict(o, out, level, markers)
            else:
                self._enc_list(o, out, level, markers)
            if markers is not None:
                del markers[id(o)]
        else:
            if markers is not None:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers[id(o)] = o
            self._enc(self.default(o), out, level, markers)
            if markers is not None:
                del markers[id(o)]

    def _newline(self, level):
        return '\n' + self.indent * level

    def _enc_list(self, lst, out, level, markers):
        if not lst:
            out.append('[]')
            return
        out.append('[')
        if self.indent is not None:
            level += 1
            sep = self.item_separator + self._newline(level)
            out.append(self._newline(level))
        else:
            sep = self.item_separator
        first = True
        for v in lst:
            if not first:
                out.append(sep)
            first = False
            self._enc(v, out, level, markers)
        if self.indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append(']')

    def _enc_dict(self, dct, out, level, markers):
        if not dct:
            out.append('{}')
            return
        out.append('{')
        if self.indent is not None:
            level += 1
            sep = self.item_separator + self._newline(level)
            out.append(self._newline(level))
        else:
            sep = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for k, v in items:
            k = self._key(k)
            if k is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(k, self.ensure_ascii))
            out.append(self.key_separator)
            self._enc(v, out, level, markers)
        if self.indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append('}')


JSONEncoder.__module__ = 'json.encoder'

_WS = ' \t\n\r'
_NUMBER_CHARS = '0123456789+-.eE'


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return self._value(s, idx)

    @staticmethod
    def _skip(s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        for name, val in (('NaN', float('nan')), ('Infinity', float('inf')),
                          ('-Infinity', float('-inf'))):
            if s.startswith(name, i):
                if self.parse_constant is not None:
                    return self.parse_constant(name), i + len(name)
                return val, i + len(name)
        if c == '-' or '0' <= c <= '9':
            return self._number(s, i)
        raise JSONDecodeError("Expecting value", s, i)

    def _number(self, s, i):
        j = i
        n = len(s)
        if j < n and s[j] == '-':
            j += 1
        if j >= n or not ('0' <= s[j] <= '9'):
            raise JSONDecodeError("Expecting value", s, i)
        if s[j] == '0':
            j += 1
        else:
            while j < n and '0' <= s[j] <= '9':
                j += 1
        is_float = False
        if j + 1 < n and s[j] == '.' and '0' <= s[j + 1] <= '9':
            is_float = True
            j += 2
            while j < n and '0' <= s[j] <= '9':
                j += 1
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and '0' <= s[k] <= '9':
                is_float = True
                j = k
                while j < n and '0' <= s[j] <= '9':
                    j += 1
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def _string(self, s, i):
        begin = i - 1
        chunks = []
        n = len(s)
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and (s[j] >= ' ' or not self.strict):
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                raise JSONDecodeError("Invalid control character at", s, j)
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            e = s[j + 1]
            if e == 'u':
                code = s[j + 2:j + 6]
                if len(code) != 4 or any(ch not in '0123456789abcdefABCDEF' for ch in code):
                    raise JSONDecodeError("Invalid \\uXXXX escape", s, j)
                cp = int(code, 16)
                i = j + 6
                if 0xd800 <= cp <= 0xdbff and s[i:i + 2] == '\\u':
                    low = s[i + 2:i + 6]
                    if len(low) == 4 and all(ch in '0123456789abcdefABCDEF' for ch in low):
                        lo = int(low, 16)
                        if 0xdc00 <= lo <= 0xdfff:
                            cp = 0x10000 + (((cp - 0xd800) << 10) | (lo - 0xdc00))
                            i += 6
                chunks.append(chr(cp))
                continue
            m = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
                 'r': '\r', 't': '\t'}.get(e)
            if m is None:
                raise JSONDecodeError("Invalid \\escape", s, j)
            chunks.append(m)
            i = j + 2

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._make_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == '}':
                return self._make_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    def _make_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self._value(s, i)
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)


JSONDecoder.__module__ = 'json.decoder'


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    return (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                                check_circular=check_circular, allow_nan=allow_nan,
                                indent=indent, separators=separators, default=default,
                                sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def loads(s, *, cls=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    return (cls or JSONDecoder)(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
