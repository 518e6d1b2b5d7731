"""Functional tools for creating and using iterators (minipy: written in Python)."""

def _index(v, what):
    if v is None:
        return None
    try:
        n = v.__index__()
    except (AttributeError, TypeError):
        n = -1
    if n < 0:
        raise ValueError(what)
    return n


class count:
    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class cycle:
    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._i = 0
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first:
            for x in self._it:
                self._saved.append(x)
                return x
            self._first = False
        if not self._saved:
            raise StopIteration
        x = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return x


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        self._times = None if times is None else max(0, times.__index__())

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._pending = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending:
            self._pending = False
            return self._total
        x = next(self._it)
        if not self._started:
            self._started = True
            self._total = x
        elif self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total


class chain:
    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls()
        self._source = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    nxt = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(nxt)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration


class compress:
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._sel)
            if s:
                return d


class dropwhile:
    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            for x in self._it:
                if not self._pred(x):
                    self._dropping = False
                    return x
            raise StopIteration
        return next(self._it)


class takewhile:
    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class filterfalse:
    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        f = self._func
        for x in self._it:
            if not (bool(x) if f is None else f(x)):
                return x
        raise StopIteration


class starmap:
    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._func(*next(self._it))


class islice:
    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        else:
            raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
        stop = _index(stop, 'Stop argument for islice() must be None or an integer: '
                            '0 <= x <= sys.maxsize.')
        start = _index(start, 'Indices for islice() must be None or an integer: '
                              '0 <= x <= sys.maxsize.') or 0
        step = _index(step, 'Step for islice() must be a positive integer or None.')
        if step is None:
            step = 1
        if step == 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._stop is not None and self._next >= self._stop:
            # Consume up to stop, as CPython does, then finish.
            while self._pos < self._stop:
                self._pos += 1
                try:
                    next(it)
                except StopIteration:
                    break
            self._it = None
            raise StopIteration
        while self._pos < self._next:
            self._pos += 1
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
        try:
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        self._pos += 1
        self._next += self._step
        if self._stop is not None and self._next > self._stop:
            self._next = self._stop
        return x


class pairwise:
    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._started = False
        self._last = None

    def __iter__(self):
        return self

    def __next__(self):
        if not self._started:
            self._started = True
            self._last = next(self._it)
        x = next(self._it)
        pair = (self._last, x)
        self._last = x
        return pair


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    # Readers share a singly linked list of the values read so far; each holds
    # its next link, so values nobody will read again are freed (and no cycles).
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_link())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        values = []
        for i, it in enumerate(self._its):
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                values.append(self._fill)
        return tuple(values)


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._key = key
        self._tgtkey = self._currkey = self._currvalue = object()
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._currvalue if self._key is None else self._key(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))


class _grouper:
    def __init__(self, parent, tgtkey, id):
        self._parent = parent
        self._tgtkey = tgtkey
        self._id = id
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if not self._first:
            if p._id is not self._id:
                raise StopIteration
            try:
                p._currvalue = next(p._it)
            except StopIteration:
                self._id = None
                raise
            p._currkey = p._currvalue if p._key is None else p._key(p._currvalue)
        self._first = False
        if p._id is not self._id or not (p._currkey == self._tgtkey):
            self._id = None
            raise StopIteration
        return p._currvalue


_grouper.__module__ = 'itertools'


# product, permutations and combinations*: objects that hand out the items of a
# generator kept in self._g.
def _iter_self(self):
    return self


def _next_of_gen(self):
    return next(self._g)


def _gen_product(pools):
    # An odometer: one wheel per pool, the last turning fastest.
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    wheel = [0] * n
    while True:
        yield tuple([pools[k][wheel[k]] for k in range(n)])
        k = n - 1
        while k >= 0:
            wheel[k] += 1
            if wheel[k] < len(pools[k]):
                break
            wheel[k] = 0
            k -= 1
        if k < 0:
            return


class product:
    def __init__(self, *iterables, repeat=1):
        try:
            repeat = repeat.__index__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(repeat).__name__) from None
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._g = _gen_product(pools)

    __iter__ = _iter_self
    __next__ = _next_of_gen


def _gen_permutations(pool, r):
    # Depth-first over the positions, trying the unused indices in increasing order, so
    # the tuples come out in lexicographic order of their indices.
    n = len(pool)
    if r > n:
        return
    if r == 0:
        yield ()
        return
    taken = [False] * n
    picked = []     # the index held by each filled position
    trial = [0]     # per open position: the first index still to try there
    while trial:
        depth = len(trial) - 1
        if len(picked) > depth:          # back at this position: free what it held
            taken[picked.pop()] = False
        i = trial[depth]
        while i < n and taken[i]:
            i += 1
        if i == n:                       # nothing left here: back up one position
            trial.pop()
            continue
        trial[depth] = i + 1
        taken[i] = True
        picked.append(i)
        if len(picked) == r:
            yield tuple([pool[j] for j in picked])
        else:
            trial.append(0)


class permutations:
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else r
        if r < 0:
            raise ValueError('r must be non-negative')
        self._g = _gen_permutations(pool, r)

    __iter__ = _iter_self
    __next__ = _next_of_gen


def _gen_combinations(pool, r):
    # Increasing index lists in lexicographic order: advance the last index that still
    # has room for the ones after it, and restart those right behind it.
    n = len(pool)
    if r > n:
        return
    at = list(range(r))
    while True:
        yield tuple([pool[i] for i in at])
        k = r - 1
        while k >= 0 and at[k] == n - r + k:
            k -= 1
        if k < 0:
            return
        at[k] += 1
        for m in range(k + 1, r):
            at[m] = at[m - 1] + 1


class combinations:
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._g = _gen_combinations(tuple(iterable), r)

    __iter__ = _iter_self
    __next__ = _next_of_gen


def _gen_cwr(pool, r):
    # Non-decreasing index lists in lexicographic order: bump the last index below n - 1
    # and level the ones after it up to it.
    n = len(pool)
    if not n and r:
        return
    at = [0] * r
    while True:
        yield tuple([pool[i] for i in at])
        k = r - 1
        while k >= 0 and at[k] == n - 1:
            k -= 1
        if k < 0:
            return
        v = at[k] + 1
        for m in range(k, r):
            at[m] = v


class combinations_with_replacement:
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._g = _gen_cwr(tuple(iterable), r)

    __iter__ = _iter_self
    __next__ = _next_of_gen
