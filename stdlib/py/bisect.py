"""Binary search and insertion in sorted sequences (minipy: written in Python).

With key=, the key function is applied to the sequence's items only: x is
compared as given (for insort, key(x) is used)."""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left',
           'insort_right']


def _searcher(after_equal):
    """Build a bisection function; after_equal picks the rightmost spot
    among items equal to x (bisect_right) instead of the leftmost."""

    def search(a, x, lo=0, hi=None, *, key=None):
        if lo < 0:
            raise ValueError('lo must be non-negative')
        if hi is None:
            hi = len(a)
        # Only `<` is used, with x on the right for the left search and on
        # the left for the right search (so equal items are skipped over).
        if after_equal:
            while lo < hi:
                mid = (lo + hi) // 2
                probe = a[mid] if key is None else key(a[mid])
                if x < probe:
                    hi = mid
                else:
                    lo = mid + 1
        else:
            while lo < hi:
                mid = (lo + hi) // 2
                probe = a[mid] if key is None else key(a[mid])
                if probe < x:
                    lo = mid + 1
                else:
                    hi = mid
        return lo
    return search


def _inserter(search):
    def insert(a, x, lo=0, hi=None, *, key=None):
        spot = search(a, x if key is None else key(x), lo, hi, key=key)
        a.insert(spot, x)
    return insert


bisect_left = _searcher(False)
bisect_left.__name__ = bisect_left.__qualname__ = 'bisect_left'
bisect_left.__doc__ = """Index where x would go in a[lo:hi] before any equal items:
all of a[lo:i] are < x and all of a[i:hi] are >= x."""

bisect_right = _searcher(True)
bisect_right.__name__ = bisect_right.__qualname__ = 'bisect_right'
bisect_right.__doc__ = """Index where x would go in a[lo:hi] after any equal items:
all of a[lo:i] are <= x and all of a[i:hi] are > x."""

insort_left = _inserter(bisect_left)
insort_left.__name__ = insort_left.__qualname__ = 'insort_left'
insort_left.__doc__ = 'Insert x into sorted a, before any items equal to it.'

insort_right = _inserter(bisect_right)
insort_right.__name__ = insort_right.__qualname__ = 'insort_right'
insort_right.__doc__ = 'Insert x into sorted a, after any items equal to it.'

bisect = bisect_right
insort = insort_right
