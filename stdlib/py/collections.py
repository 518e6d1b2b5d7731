"""Container datatypes: namedtuple, deque, defaultdict, Counter, OrderedDict,
ChainMap (minipy: written in Python)."""

import sys

__all__ = ['namedtuple', 'deque', 'defaultdict', 'Counter', 'OrderedDict', 'ChainMap']

_NOTHING = object()

_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'))


def _repr_guard(method, again='...'):
    """Make a __repr__ print `again` when it meets its own object again."""
    if type(method) is str:
        return lambda m: _repr_guard(m, method)
    busy = set()

    def guarded(self):
        key = id(self)
        if key in busy:
            return again
        busy.add(key)
        try:
            return method(self)
        finally:
            busy.discard(key)
    guarded.__name__ = method.__name__
    return guarded


def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    t = type(obj)
    return hasattr(t, 'keys') and hasattr(t, 'items') and hasattr(t, '__getitem__')


# -- namedtuple ------------------------------------------------------------------

def _plural(n, word):
    return '%d %s%s' % (n, word, '' if n == 1 else 's')


def _name_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _field_getter(i, doc):
    return property(lambda self: self[i], doc=doc)


def _check_names(typename, fields, rename):
    for name in [typename] + fields:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r'
                             % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r'
                             % (name,))
    taken = set()
    for f in fields:
        if f[:1] == '_' and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (f,))
        if f in taken:
            raise ValueError('Encountered duplicate field name: %r' % (f,))
        taken.add(f)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Return a new tuple subclass whose items are also reachable by name."""
    if type(field_names) is str or isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = list(map(str, field_names))
    typename = sys.intern(str(typename))
    if rename:
        taken = set()
        for i, f in enumerate(fields):
            bad = (f in taken or f[:1] == '_' or f in _KEYWORDS
                   or not f.isidentifier())
            if bad:
                f = fields[i] = '_%d' % i
            taken.add(f)
    _check_names(typename, fields, rename)

    fields = tuple(fields)
    n = len(fields)
    slot_of = {f: i for i, f in enumerate(fields)}
    field_defaults = {}
    if defaults is not None:
        dvals = tuple(defaults)
        if len(dvals) > n:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[n - len(dvals):], dvals))
    n_required = n - len(field_defaults)
    default_list = list(field_defaults.values())
    qual_new = typename + '.__new__'
    make_tuple = tuple.__new__

    def bind(args, kwargs):
        # Mirror the errors a real `def __new__(_cls, f1, f2, ...)` would give.
        vals = list(args)
        if len(vals) < n:
            vals.extend([_NOTHING] * (n - len(vals)))
        for kname in kwargs:
            i = slot_of.get(kname)
            if i is None:
                raise TypeError('%s() got an unexpected keyword argument %r'
                                % (qual_new, kname))
            if i < len(args):
                raise TypeError('%s() got multiple values for argument %r'
                                % (qual_new, kname))
            vals[i] = kwargs[kname]
        if len(args) > n:
            if n_required == n:
                takes = _plural(n + 1, 'positional argument')
            else:
                takes = 'from %d to %d positional arguments' % (n_required + 1, n + 1)
            given = len(args) + 1
            raise TypeError('%s() takes %s but %d %s given'
                            % (qual_new, takes, given, 'was' if given == 1 else 'were'))
        for j in range(n_required, n):
            if vals[j] is _NOTHING:
                vals[j] = default_list[j - n_required]
        absent = [fields[j] for j in range(n_required) if vals[j] is _NOTHING]
        if absent:
            raise TypeError('%s() missing %s: %s'
                            % (qual_new, _plural(len(absent), 'required positional argument'),
                               _name_list(absent)))
        return vals

    def __new__(cls, *vals, **named):
        if named or len(vals) != n:
            vals = bind(vals, named)
        return make_tuple(cls, vals)
    __new__.__qualname__ = qual_new
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, ', '.join(fields))

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != n:
            raise TypeError('Expected %d arguments, got %d' % (n, len(made)))
        return made
    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **changes):
        vals = list(self)
        for fname in changes:
            i = slot_of.get(fname)
            if i is None:
                bad = [c for c in changes if c not in slot_of]
                raise ValueError('Got unexpected field names: %r' % (bad,))
            vals[i] = changes[fname]
        return self._make(vals)

    pieces = [f + '=%r' for f in fields]
    body_fmt = ', '.join(pieces)

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, body_fmt % tuple(self))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,    # name -> default value
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,     # for copy and pickle
        '__match_args__': fields,
    }
    for i, f in enumerate(fields):
        ns[f] = _field_getter(i, 'Alias for field number %d' % i)
    for fn in (_replace, __repr__, _asdict, __getnewargs__):
        fn.__qualname__ = typename + '.' + fn.__name__
    _make.__qualname__ = typename + '._make'

    cls = type(typename, (tuple,), ns)
    if module is None:
        try:
            caller = sys._getframe(1)
        except (AttributeError, ValueError):
            caller = None
        if caller is not None:
            module = caller.f_globals.get('__name__', '__main__')
    if module is not None:
        cls.__module__ = module
    return cls


# -- deque -----------------------------------------------------------------------

class deque:
    """deque([iterable[, maxlen]]) --> double-ended queue with O(1) appends
    and pops at both ends."""

    # Items live in self._buf[self._head:]; the slots before _head are spare
    # room (None) so that appendleft/popleft are amortised O(1).
    __slots__ = ('_buf', '_head', '_max', '__weakref__')

    def __hash__(self):
        # the C type's name includes the module, so spell it out
        raise TypeError("unhashable type: 'collections.deque'")

    def __init__(self, iterable=_NOTHING, maxlen=None):
        if maxlen is not None:
            try:
                maxlen = maxlen.__index__()
            except AttributeError:
                raise TypeError('an integer is required') from None
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._max = maxlen
        self._buf = []
        self._head = 0
        if iterable is not _NOTHING:
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._max

    def __len__(self):
        return len(self._buf) - self._head

    def __bool__(self):
        return len(self._buf) > self._head

    def _compact(self):
        if self._head:
            del self._buf[:self._head]
            self._head = 0

    def append(self, x):
        """Add an element to the right side of the deque."""
        buf = self._buf
        buf.append(x)
        m = self._max
        if m is not None and len(buf) - self._head > m:
            self.popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        m = self._max
        if m is not None and len(self._buf) - self._head >= m:
            if m == 0:
                return
            self.pop()
        h = self._head
        if h == 0:
            room = (len(self._buf) >> 1) + 8
            self._buf[:0] = [None] * room
            h = room
        h -= 1
        self._buf[h] = x
        self._head = h

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._buf) <= self._head:
            raise IndexError('pop from an empty deque')
        x = self._buf.pop()
        if len(self._buf) == self._head:
            self._buf.clear()
            self._head = 0
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        buf = self._buf
        h = self._head
        if len(buf) <= h:
            raise IndexError('pop from an empty deque')
        x = buf[h]
        buf[h] = None
        h += 1
        if h == len(buf):
            buf.clear()
            h = 0
        elif h > 64 and h + h > len(buf):
            del buf[:h]
            h = 0
        self._head = h
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        if self._max is None:
            self._buf.extend(iterable)
        else:
            for x in iterable:
                self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._buf = []
        self._head = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__copy__()

    def __copy__(self):
        kind = type(self)
        if kind is deque:
            twin = deque((), self._max)
            twin._buf = self._buf[self._head:]
            return twin
        if self._max is None:
            return kind(self)
        return kind(self, self._max)

    def count(self, value):
        """Return number of occurrences of value."""
        return self._items().count(value)

    def _pos(self, i):
        n = len(self._buf) - self._head
        i = i.__index__()
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return i + self._head

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError('sequence index must be integer, not %r'
                            % type(i).__name__)
        return self._buf[self._pos(i)]

    def __setitem__(self, i, value):
        self._buf[self._pos(i)] = value

    def __delitem__(self, i):
        del self._buf[self._pos(i)]

    def index(self, x, start=0, stop=sys.maxsize):
        """Return first index of value."""
        items = self._buf[self._head:]
        try:
            return items.index(x, start, stop)
        except ValueError:
            raise ValueError('%r is not in deque' % (x,)) from None

    def insert(self, i, x):
        """Insert value before index."""
        if self._max is not None and len(self) >= self._max:
            raise IndexError('deque already at its maximum size')
        self._compact()
        self._buf.insert(i, x)

    def remove(self, value):
        """Remove first occurrence of value."""
        self._compact()
        try:
            self._buf.remove(value)
        except ValueError:
            raise ValueError('%r is not in deque' % (value,)) from None

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._compact()
        self._buf.reverse()

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is
        negative, rotates left."""
        if not -sys.maxsize - 1 <= n <= sys.maxsize:
            raise OverflowError('Python int too large to convert to C ssize_t')
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            self._compact()
            buf = self._buf
            buf[:] = buf[size - n:] + buf[:size - n]

    def _guarded(self, items):
        # Iterates a snapshot; a change of size in between is reported as
        # CPython's deque iterator does (it checks before each item).
        n = len(items)
        for x in items:
            if len(self._buf) - self._head != n:
                raise RuntimeError('deque mutated during iteration')
            yield x
        if len(self._buf) - self._head != n:
            raise RuntimeError('deque mutated during iteration')

    def __iter__(self):
        return self._guarded(self._buf[self._head:])

    def __reversed__(self):
        return self._guarded(self._buf[:self._head - 1 if self._head else None:-1])

    def _items(self):
        return self._buf[self._head:] if self._head else self._buf

    def __contains__(self, x):
        return x in self._items()

    @_repr_guard('[...]')
    def __repr__(self):
        body = repr(self._buf[self._head:])
        name = type(self).__name__
        if self._max is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._max)

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return self._buf[self._head:], other._buf[other._head:]

    def __eq__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] < p[1]

    def __le__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] >= p[1]

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        out = self.__copy__()
        out.extend(other)
        return out

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        out = self.__copy__()
        out *= n
        return out

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._buf[self._head:]
        self.clear()
        if n > 0 and items:
            if self._max is None:
                self._buf = items * n
            else:
                for _ in range(n):
                    self.extend(items)
        return self

    def __reduce__(self):
        return type(self), (list(self), self._max)

    def __class_getitem__(cls, item):
        return cls


# -- defaultdict -----------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    A missing key is created by calling default_factory()."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, k):
        factory = self.default_factory
        if factory is None:
            raise KeyError(k)
        self[k] = made = factory()
        return made

    @_repr_guard
    def __repr__(self):
        return '%s(%r, %s)' % (type(self).__name__, self.default_factory,
                               dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        f = self.default_factory
        return type(self), (() if f is None else (f,)), None, None, iter(self.items())

    def __or__(self, rhs):
        if isinstance(rhs, dict):
            merged = self.copy()
            merged.update(rhs)
            return merged
        return NotImplemented

    def __ror__(self, lhs):
        if isinstance(lhs, dict):
            merged = type(self)(self.default_factory, lhs)
            merged.update(self)
            return merged
        return NotImplemented

    def __class_getitem__(cls, item):
        return cls


# -- Counter ---------------------------------------------------------------------

def _by_count(pair):
    return pair[1]


def _counters_only(method):
    """Binary Counter methods answer NotImplemented for other operand types."""
    def checked(self, rhs):
        if isinstance(rhs, Counter):
            return method(self, rhs)
        return NotImplemented
    checked.__name__ = method.__name__
    return checked


class Counter(dict):
    """Dict subclass for counting hashable items (a multiset)."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, elem):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts, most common first
        (all of them when n is None).  Equal counts keep insertion order."""
        # sorted() is stable, and reverse=True keeps equal items in order
        ranked = sorted(self.items(), key=_by_count, reverse=True)
        if n is None:
            return ranked
        return ranked[:n] if n > 0 else []

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for elem, times in self.items():
            for _ in range(times):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  '
                                  'Use Counter(iterable) instead.')

    def _apply(self, source, sign):
        if source is None:
            return
        get = self.get
        if _is_mapping(source):
            if sign > 0 and not self:
                dict.update(self, source)      # nothing to add to yet
            else:
                for elem, times in source.items():
                    self[elem] = get(elem, 0) + sign * times
        else:
            for elem in source:
                self[elem] = get(elem, 0) + sign

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping."""
        self._apply(iterable, 1)
        if kwds:
            self._apply(kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts; counts may become zero or negative."""
        self._apply(iterable, -1)
        if kwds:
            self._apply(kwds, -1)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        # deleting a missing element is not an error for a multiset
        if elem in self:
            dict.__delitem__(self, elem)

    @_repr_guard
    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        try:
            ordered = self.most_common()
        except TypeError:         # counts that cannot be ordered
            ordered = self.items()
        return '%s(%r)' % (name, dict(ordered))

    # Comparisons treat missing elements as having a count of zero.
    def _holds_for_all(self, rhs, test):
        for e, c in self.items():
            if not test(c, rhs[e]):
                return False
        for e, c in rhs.items():
            if e not in self and not test(0, c):
                return False
        return True

    @_counters_only
    def __eq__(self, rhs):
        return self._holds_for_all(rhs, lambda a, b: a == b)

    @_counters_only
    def __ne__(self, rhs):
        return not self._holds_for_all(rhs, lambda a, b: a == b)

    @_counters_only
    def __le__(self, rhs):
        return self._holds_for_all(rhs, lambda a, b: a <= b)

    @_counters_only
    def __lt__(self, rhs):
        return (self._holds_for_all(rhs, lambda a, b: a <= b)
                and not self._holds_for_all(rhs, lambda a, b: a == b))

    @_counters_only
    def __ge__(self, rhs):
        return self._holds_for_all(rhs, lambda a, b: a >= b)

    @_counters_only
    def __gt__(self, rhs):
        return (self._holds_for_all(rhs, lambda a, b: a >= b)
                and not self._holds_for_all(rhs, lambda a, b: a == b))

    # Binary operators keep only positive counts; elements of self come
    # first, then those only in rhs, each in insertion order.
    def _merge(self, rhs, op, include_rhs=True):
        out = Counter()
        for e, c in self.items():
            v = op(c, rhs[e])
            if v > 0:
                out[e] = v
        if include_rhs:
            for e, c in rhs.items():
                if e not in self:
                    v = op(0, c)
                    if v > 0:
                        out[e] = v
        return out

    @_counters_only
    def __add__(self, rhs):
        return self._merge(rhs, lambda a, b: a + b)

    @_counters_only
    def __sub__(self, rhs):
        return self._merge(rhs, lambda a, b: a - b)

    @_counters_only
    def __or__(self, rhs):
        return self._merge(rhs, lambda a, b: b if a < b else a)

    @_counters_only
    def __and__(self, rhs):
        return self._merge(rhs, lambda a, b: a if a < b else b, False)

    def __pos__(self):
        return self._merge(Counter(), lambda a, b: a, False)

    def __neg__(self):
        return self._merge(Counter(), lambda a, b: -a, False)

    def _drop_nonpositive(self):
        doomed = [e for e, c in self.items() if not c > 0]
        for e in doomed:
            dict.__delitem__(self, e)
        return self

    def __iadd__(self, rhs):
        for e, c in rhs.items():
            self[e] = self[e] + c
        return self._drop_nonpositive()

    def __isub__(self, rhs):
        for e, c in rhs.items():
            self[e] = self[e] - c
        return self._drop_nonpositive()

    def __ior__(self, rhs):
        for e, c in rhs.items():
            if self[e] < c:
                self[e] = c
        return self._drop_nonpositive()

    def __iand__(self, rhs):
        for e, c in list(self.items()):
            r = rhs[e]
            if r < c:
                self[e] = r
        return self._drop_nonpositive()


# -- OrderedDict -----------------------------------------------------------------

class OrderedDict(dict):
    """Dictionary that remembers insertion order and can reorder keys."""
    # A plain dict already keeps insertion order; only reordering needs work.

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        moved = dict.pop(self, key)          # KeyError(key) when absent
        if last:
            dict.__setitem__(self, key, moved)
        else:
            tail = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, moved)
            dict.update(self, tail)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair, LIFO order if last is true
        or FIFO order if false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        first = next(dict.__iter__(self))
        return first, dict.pop(self, first)

    @_repr_guard
    def __repr__(self):
        if self:
            return '%s(%r)' % (type(self).__name__, list(self.items()))
        return type(self).__name__ + '()'

    def __eq__(self, rhs):
        same = dict.__eq__(self, rhs)
        if same is True and isinstance(rhs, OrderedDict):
            # two ordered dicts must also agree on the order
            for a, b in zip(self, rhs):
                if a is not b and a != b:
                    return False
        return same

    def __ne__(self, rhs):
        same = self.__eq__(rhs)
        return same if same is NotImplemented else not same

    __hash__ = None

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values
        set to value."""
        made = cls()
        for k in iterable:
            made[k] = value
        return made

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    def __or__(self, rhs):
        if isinstance(rhs, dict):
            merged = type(self)(self)
            merged.update(rhs)
            return merged
        return NotImplemented

    def __ror__(self, lhs):
        if isinstance(lhs, dict):
            merged = type(self)(lhs)
            merged.update(self)
            return merged
        return NotImplemented

    def __ior__(self, rhs):
        self.update(rhs)
        return self

    def __class_getitem__(cls, item):
        return cls


# -- ChainMap --------------------------------------------------------------------

class ChainMap:
    """Several mappings searched in order as one view; writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            if key in layer:
                return layer[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        for layer in self.maps:
            if key in layer:
                return layer[key]
        return default

    def _merged_keys(self):
        order = {}
        for layer in self.maps[::-1]:
            for k in layer:
                order[k] = None
        return order

    def __len__(self):
        return len(self._merged_keys())

    def __iter__(self):
        return iter(self._merged_keys())

    def __contains__(self, key):
        return any(key in layer for layer in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return self._merged_keys().keys()

    def items(self):
        return [(k, self[k]) for k in self._merged_keys()]

    def values(self):
        return [self[k] for k in self._merged_keys()]

    @_repr_guard
    def __repr__(self):
        inner = ', '.join([repr(layer) for layer in self.maps])
        return '%s(%s)' % (type(self).__name__, inner)

    @classmethod
    def fromkeys(cls, iterable, *value):
        return cls(dict.fromkeys(iterable, *value))

    def copy(self):
        head, *rest = self.maps
        return type(self)(head.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map (or m) in front of the current ones."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap without the first map."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def _first_only(self, key):
        return KeyError('Key not found in the first mapping: %r' % (key,))

    def __delitem__(self, key):
        front = self.maps[0]
        if key not in front:
            raise self._first_only(key)
        del front[key]

    def pop(self, key, *default):
        front = self.maps[0]
        if key in front or default:
            return front.pop(key, *default)
        raise self._first_only(key)

    def popitem(self):
        front = self.maps[0]
        if not front:
            raise KeyError('No keys found in the first mapping.')
        return front.popitem()

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self.maps[0][key] = default
        return default

    def update(self, *args, **kwargs):
        self.maps[0].update(*args, **kwargs)

    def __eq__(self, rhs):
        mine = dict(self.items())
        if isinstance(rhs, ChainMap):
            return mine == dict(rhs.items())
        return mine == rhs


# -- collections.abc -------------------------------------------------------------
# Embedded modules cannot have submodules, so the ABCs live in _collections_abc and
# are entered in sys.modules under the dotted name; `import collections.abc` then
# finds them there.
import _collections_abc as abc
sys.modules['collections.abc'] = abc
