"""The io module (minipy: files come from _io; StringIO and BytesIO are written in Python)."""
from _io import (open, TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom,
                 UnsupportedOperation, DEFAULT_BUFFER_SIZE)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class IOBase:
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _MemIO:
    _empty = ''

    def __init__(self, initial):
        self._buf = initial
        self._pending = []     # writes appended at the end, joined lazily
        self._pos = 0
        self._closed = False

    def _value(self):
        if self._pending:
            self._buf = self._buf + self._empty.join(self._pending)
            self._pending = []
        return self._buf

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check()
        return self._value()

    def _write(self, s):
        self._check()
        n = len(s)
        end = len(self._buf) + sum(len(p) for p in self._pending) if self._pending else len(self._buf)
        if self._pos == end:
            self._pending.append(s)
        else:
            buf = self._value()
            if self._pos > len(buf):
                buf = buf + self._pad * (self._pos - len(buf))
            self._buf = buf[:self._pos] + s + buf[self._pos + n:]
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        buf = self._value()
        if size is None or size < 0:
            r = buf[self._pos:]
        else:
            r = buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check()
        buf = self._value()
        i = buf.find(self._nl, self._pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return r

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._value()) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buf = self._value()[:size]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_MemIO, TextIOBase):
    _empty = ''
    _pad = '\0'
    _nl = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        _MemIO.__init__(self, initial_value)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        return self._write(s)


class BytesIO(_MemIO, BufferedIOBase):
    _empty = b''
    _pad = b'\0'
    _nl = b'\n'

    def __init__(self, initial_bytes=b''):
        _MemIO.__init__(self, bytes(initial_bytes))

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write(bytes(b))

    def getbuffer(self):
        return self.getvalue()
