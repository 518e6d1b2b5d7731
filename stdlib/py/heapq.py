"""Heap queue (priority queue) algorithms on plain lists (minipy: written in Python).

heap[0] is always the smallest item: heap[k] <= heap[2*k+1] and heap[2*k+2].
The sifting strategy matches CPython's, so lists end up laid out identically."""

__all__ = ['heapify', 'heappush', 'heappop', 'heappushpop', 'heapreplace',
           'nsmallest', 'nlargest', 'merge']


def _need_list(fname, heap):
    if not isinstance(heap, list):
        which = 'argument' if fname in ('heappop', 'heapify') else 'argument 1'
        raise TypeError('%s() %s must be list, not %s'
                        % (fname, which, type(heap).__name__))


def _bubble_up(heap, floor, pos):
    """Move heap[pos] towards the root, but not above index `floor`."""
    item = heap[pos]
    while pos > floor:
        up = (pos - 1) >> 1
        above = heap[up]
        if not item < above:
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _sink(heap, pos):
    """Re-establish the invariant below pos: walk the hole at pos down to a
    leaf along the smaller children, then bubble the displaced item back up
    (fewer comparisons than stopping early, and CPython's exact layout)."""
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


def heappush(heap, item, /):
    """Add item to the heap."""
    _need_list('heappush', heap)
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Remove and return the smallest item of the heap."""
    _need_list('heappop', heap)
    if not heap:
        raise IndexError('index out of range')
    tail = heap.pop()
    if not heap:
        return tail
    smallest = heap[0]
    heap[0] = tail
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop and return the smallest item, and push the new item (in one step:
    the result may be larger than item)."""
    _need_list('heapreplace', heap)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item then pop the smallest, faster than the two calls."""
    _need_list('heappushpop', heap)
    if not heap or not heap[0] < item:
        return item                 # item itself would come straight back
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heapify(x, /):
    """Rearrange the list x into a heap, in place and in linear time."""
    _need_list('heapify', x)
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink(x, pos)


# max-heap variants (private in CPython too; some code uses them)

def _bubble_up_max(heap, floor, pos):
    item = heap[pos]
    while pos > floor:
        up = (pos - 1) >> 1
        above = heap[up]
        if not above < item:
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _sink_max(heap, pos):
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, top, pos)


def _heapify_max(x):
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, pos)


def _heappop_max(heap):
    tail = heap.pop()
    if not heap:
        return tail
    largest = heap[0]
    heap[0] = tail
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item, /):
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


class _Desc:
    """Key wrapper reversing the order, for merge(reverse=True)."""
    __slots__ = ('k',)

    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return other.k < self.k

    def __eq__(self, other):
        return self.k == other.k


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (like sorted(chain(...))
    but lazy).  Equal items come out in the order of their iterables."""
    fronts = []
    for rank, source in enumerate(iterables):
        nxt = iter(source).__next__
        try:
            v = nxt()
        except StopIteration:
            continue
        k = v if key is None else key(v)
        # rank breaks ties, so values themselves are never compared
        fronts.append([_Desc(k) if reverse else k, rank, v, nxt])
    heapify(fronts)
    while len(fronts) > 1:
        entry = fronts[0]
        yield entry[2]
        try:
            v = entry[3]()
        except StopIteration:
            heappop(fronts)
            continue
        k = v if key is None else key(v)
        entry[0] = _Desc(k) if reverse else k
        entry[2] = v
        _sink(fronts, 0)
    if fronts:
        entry = fronts[0]
        yield entry[2]
        nxt = entry[3]
        while True:
            try:
                v = nxt()
            except StopIteration:
                return
            yield v


def nsmallest(n, iterable, key=None):
    """The n smallest items, equivalent to sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        missing = object()
        best = min(iterable, default=missing, key=key)
        return [] if best is missing else [best]
    ordered = sorted(iterable, key=key)
    return ordered[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, equivalent to
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        missing = object()
        best = max(iterable, default=missing, key=key)
        return [] if best is missing else [best]
    ordered = sorted(iterable, key=key, reverse=True)   # stable: ties keep order
    return ordered[:n]
