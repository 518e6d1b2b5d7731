"""Inspect live objects: kinds of callables, generator states, signatures
(minipy: written in Python from the documented behaviour)."""

import sys

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

# code flag bits (co_flags)
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def _sample_gen():
    yield

async def _sample_coro():
    pass

async def _sample_agen():
    yield

_FunctionType = type(_sample_gen)
_GeneratorType = type(_sample_gen())
_c = _sample_coro()
_CoroutineType = type(_c)
_c.close()
del _c
_AsyncGeneratorType = type(_sample_agen())
_ModuleType = type(sys)
_MethodType = type(type('_K', (), {'m': lambda self: None})().m)
_BuiltinType = type(len)
_CodeType = type(_sample_gen.__code__)
_FrameType = type(sys._getframe())
_MethodDescr = type(str.join)
_WrapperDescr = type(object.__init__)
_MethodWrapper = type((1).__add__)


# -- what kind of object is it ---------------------------------------------------

def ismodule(obj):
    return isinstance(obj, _ModuleType)

def isclass(obj):
    return isinstance(obj, type)

def ismethod(obj):
    return isinstance(obj, _MethodType)

def isfunction(obj):
    return isinstance(obj, _FunctionType)

def _unwrap_bound(fn):
    while ismethod(fn):
        fn = fn.__func__
    return fn

def _has_flag(obj, flag):
    fn = _unwrap_bound(obj)
    if not isfunction(fn):
        return False
    return bool(fn.__code__.co_flags & flag)

def isgeneratorfunction(obj):
    return _has_flag(obj, CO_GENERATOR)

def iscoroutinefunction(obj):
    return _has_flag(obj, CO_COROUTINE)

def isasyncgenfunction(obj):
    return _has_flag(obj, CO_ASYNC_GENERATOR)

def isgenerator(obj):
    return isinstance(obj, _GeneratorType)

def iscoroutine(obj):
    return isinstance(obj, _CoroutineType)

def isasyncgen(obj):
    return isinstance(obj, _AsyncGeneratorType)

def isawaitable(obj):
    if isinstance(obj, _CoroutineType):
        return True
    if isinstance(obj, _GeneratorType):
        return bool(obj.gi_code.co_flags & CO_ITERABLE_COROUTINE)
    return hasattr(type(obj), '__await__')

def iscode(obj):
    return isinstance(obj, _CodeType)

def isframe(obj):
    return isinstance(obj, _FrameType)

def istraceback(obj):
    return type(obj).__name__ == 'traceback'

def isbuiltin(obj):
    return isinstance(obj, _BuiltinType)

def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    kind = type(obj)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')

def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    kind = type(obj)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')

def isroutine(obj):
    return (isbuiltin(obj) or isfunction(obj) or ismethod(obj)
            or isinstance(obj, (_MethodDescr, _WrapperDescr, _MethodWrapper))
            or ismethoddescriptor(obj))

def isabstract(obj):
    return bool(isclass(obj) and getattr(obj, '__abstractmethods__', None))


# -- generator and coroutine state -----------------------------------------------

def getgeneratorstate(generator):
    """State of a generator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_frame is None:
        return GEN_CLOSED
    if getattr(generator, 'gi_suspended', False):
        return GEN_SUSPENDED
    if generator.gi_frame.f_lasti < 0:
        return GEN_CREATED
    return GEN_SUSPENDED

def getcoroutinestate(coroutine):
    """State of a coroutine: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    if getattr(coroutine, 'cr_suspended', False):
        return CORO_SUSPENDED
    if coroutine.cr_frame.f_lasti < 0:
        return CORO_CREATED
    return CORO_SUSPENDED

def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = generator.gi_frame
    return dict(frame.f_locals) if frame is not None else {}

def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, 'cr_frame', None)
    return dict(frame.f_locals) if frame is not None else {}


# -- frames ----------------------------------------------------------------------

def currentframe():
    """The caller's frame object."""
    return sys._getframe(1)

def stack():
    out = []
    f = sys._getframe(1)
    while f is not None:
        out.append(f)
        f = f.f_back
    return out


# -- members, mro, docs ----------------------------------------------------------

def getmro(cls):
    return cls.__mro__

def getmembers(obj, predicate=None):
    """All (name, value) pairs of obj's attributes, sorted by name."""
    found = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            found.append((key, value))
    found.sort(key=lambda pair: pair[0])
    return found

def cleandoc(doc):
    """Strip the indentation docstrings carry: the first line's leading blanks,
    the common indent of the rest, and blank lines at both ends."""
    rows = doc.expandtabs().split('\n')
    indent = None
    for row in rows[1:]:
        body = row.lstrip()
        if body:
            width = len(row) - len(body)
            if indent is None or width < indent:
                indent = width
    out = [rows[0].lstrip()]
    for row in rows[1:]:
        out.append(row[indent:] if indent else row)
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return '\n'.join(out)

def getdoc(obj):
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None and isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                break
            doc = base.__doc__
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)

def getmodule(obj):
    name = getattr(obj, '__module__', None)
    if name is None:
        return obj if ismodule(obj) else None
    return sys.modules.get(name)

def unwrap(func, *, stop=None):
    seen = set()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        if id(func) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(func))
        func = func.__wrapped__
    return func


# -- signatures ------------------------------------------------------------------

class _Void:
    """Marker for 'no default' / 'no annotation'."""
    def __repr__(self):
        return "<class 'inspect._empty'>"

_empty = _Void()


class _Kind(int):
    def __new__(cls, value, label, text):
        made = int.__new__(cls, value)
        made._label = label
        made.description = text
        return made
    @property
    def name(self):
        return self._label
    def __repr__(self):
        return '<_ParameterKind.{}: {}>'.format(self._label, int(self))
    def __str__(self):
        return self._label

_POSITIONAL_ONLY = _Kind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _Kind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _Kind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _Kind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _Kind(4, 'VAR_KEYWORD', 'variadic keyword')


def _annotation_text(ann):
    if isinstance(ann, type) and not hasattr(ann, '__origin__'):
        if ann.__module__ == 'builtins':
            return ann.__qualname__
        return ann.__module__ + '.' + ann.__qualname__
    if isinstance(ann, str):
        return ann
    return repr(ann)


class Parameter:
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, **changes):
        spec = dict(name=self._name, kind=self._kind,
                    default=self._default, annotation=self._annotation)
        spec.update(changes)
        return Parameter(spec.pop('name'), spec.pop('kind'), **spec)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ': ' + _annotation_text(self._annotation)
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text += sep + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<Parameter "{}">'.format(self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == \
            (other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind))


class BoundArguments:
    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        out = []
        for p in self.signature.parameters.values():
            if p.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or p.name not in self.arguments:
                if p.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                    break
                continue
            if p.kind == _VAR_POSITIONAL:
                out.extend(self.arguments[p.name])
            else:
                out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        for p in self.signature.parameters.values():
            if p.name not in self.arguments:
                continue
            if p.kind == _KEYWORD_ONLY:
                out[p.name] = self.arguments[p.name]
            elif p.kind == _VAR_KEYWORD:
                out.update(self.arguments[p.name])
        return out

    def apply_defaults(self):
        filled = {}
        for p in self.signature.parameters.values():
            if p.name in self.arguments:
                filled[p.name] = self.arguments[p.name]
            elif p.kind == _VAR_POSITIONAL:
                filled[p.name] = ()
            elif p.kind == _VAR_KEYWORD:
                filled[p.name] = {}
            elif p.default is not _empty:
                filled[p.name] = p.default
        self.arguments = filled

    def __repr__(self):
        inner = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<BoundArguments ({})>'.format(inner)


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._params = {}
        for p in parameters or ():
            if p.name in self._params:
                raise ValueError('duplicate parameter name: {!r}'.format(p.name))
            self._params[p.name] = p
        self._ret = return_annotation

    @property
    def parameters(self):
        return dict(self._params)

    @property
    def return_annotation(self):
        return self._ret

    def replace(self, *, parameters=None, return_annotation=None):
        if parameters is None:
            parameters = list(self._params.values())
        if return_annotation is None:
            return_annotation = self._ret
        return Signature(parameters, return_annotation=return_annotation)

    @classmethod
    def from_callable(cls, obj):
        return signature(obj)

    def __str__(self):
        pieces = []
        slash_due = False
        star_done = False
        for p in self._params.values():
            if p.kind == _POSITIONAL_ONLY:
                slash_due = True
            elif slash_due:
                pieces.append('/')
                slash_due = False
            if p.kind == _VAR_POSITIONAL:
                star_done = True
            elif p.kind == _KEYWORD_ONLY and not star_done:
                pieces.append('*')
                star_done = True
            pieces.append(str(p))
        if slash_due:
            pieces.append('/')
        text = '(' + ', '.join(pieces) + ')'
        if self._ret is not _empty:
            text += ' -> ' + _annotation_text(self._ret)
        return text

    def __repr__(self):
        return '<Signature {}>'.format(self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (list(self._params.values()) == list(other._params.values())
                and self._ret == other._ret)

    def _match(self, args, kwargs, partial):
        bound = {}
        queue = list(args)
        extra_kw = dict(kwargs)
        plist = list(self._params.values())
        for p in plist:
            if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                if queue:
                    bound[p.name] = queue.pop(0)
                    if p.kind == _POSITIONAL_OR_KEYWORD and p.name in extra_kw:
                        raise TypeError("multiple values for argument {!r}".format(p.name))
                elif p.kind == _POSITIONAL_OR_KEYWORD and p.name in extra_kw:
                    bound[p.name] = extra_kw.pop(p.name)
                elif p.default is _empty and not partial:
                    raise TypeError("missing a required argument: {!r}".format(p.name))
            elif p.kind == _VAR_POSITIONAL:
                if queue:
                    bound[p.name] = tuple(queue)
                    queue = []
            elif p.kind == _KEYWORD_ONLY:
                if p.name in extra_kw:
                    bound[p.name] = extra_kw.pop(p.name)
                elif p.default is _empty and not partial:
                    raise TypeError("missing a required argument: {!r}".format(p.name))
            elif p.kind == _VAR_KEYWORD:
                if extra_kw:
                    bound[p.name] = extra_kw
                    extra_kw = {}
        if queue:
            raise TypeError('too many positional arguments')
        if extra_kw:
            raise TypeError('got an unexpected keyword argument {!r}'.format(
                next(iter(extra_kw))))
        return BoundArguments(self, bound)

    def bind(self, *args, **kwargs):
        return self._match(args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        return self._match(args, kwargs, True)


def _from_function(fn, skip_first):
    code = fn.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = getattr(code, 'co_posonlyargcount', 0)
    nkw = code.co_kwonlyargcount
    flags = code.co_flags
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    notes = getattr(fn, '__annotations__', None) or {}
    first_default = npos - len(defaults)
    params = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=notes.get(name, _empty)))
    at = npos
    kwnames = names[at:at + nkw]
    at += nkw
    if flags & CO_VARARGS:
        name = names[at]
        at += 1
        params.append(Parameter(name, _VAR_POSITIONAL,
                                annotation=notes.get(name, _empty)))
    for name in kwnames:
        params.append(Parameter(name, _KEYWORD_ONLY,
                                default=kwdefaults.get(name, _empty),
                                annotation=notes.get(name, _empty)))
    if flags & CO_VARKEYWORDS:
        name = names[at]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=notes.get(name, _empty)))
    if skip_first:
        if params and params[0].kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            params = params[1:]
        elif not params or params[0].kind != _VAR_POSITIONAL:
            raise ValueError('invalid method signature')
    return Signature(params, return_annotation=notes.get('return', _empty))


def signature(obj, *, follow_wrapped=True):
    """The Signature of a callable, built from its code object and defaults."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        inner = signature(obj.__func__, follow_wrapped=follow_wrapped)
        rest = list(inner.parameters.values())
        if not rest or rest[0].kind not in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if rest and rest[0].kind == _VAR_POSITIONAL:
                return inner
            raise ValueError('invalid method signature')
        return inner.replace(parameters=rest[1:])
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
    known = getattr(obj, '__signature__', None)
    if known is not None:
        return known
    if isfunction(obj):
        return _from_function(obj, False)
    inner_fn = getattr(obj, 'func', None)
    if inner_fn is not None and hasattr(obj, 'args') and hasattr(obj, 'keywords'):
        base = signature(inner_fn)
        return base.replace(parameters=list(base.parameters.values())[len(obj.args):])
    if isclass(obj):
        for klass in obj.__mro__:
            if klass is object:
                break
            init = klass.__dict__.get('__init__')
            if isfunction(init):
                return _from_function(init, True)
            new = klass.__dict__.get('__new__')
            if isinstance(new, staticmethod):
                new = new.__func__
            if isfunction(new):
                return _from_function(new, True)
        return Signature()
    call = getattr(type(obj), '__call__', None)
    if isfunction(call):
        return _from_function(call, True)
    raise ValueError('no signature found for {!r}'.format(obj))
