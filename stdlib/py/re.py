"""Regular expressions: not available in minipy (importing works; using raises)."""


class error(Exception):
    pass


def _unsupported(*args, **kwargs):
    raise NotImplementedError("minipy does not implement regular expressions (re)")


compile = match = search = fullmatch = findall = finditer = sub = subn = split = _unsupported
escape = purge = _unsupported
IGNORECASE = I = 2
MULTILINE = M = 8
DOTALL = S = 16
VERBOSE = X = 64
ASCII = A = 256
