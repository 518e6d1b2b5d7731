# yield from: delegate to a sub-generator. Every value it yields passes straight
# through to our caller, and its return value becomes the value of the
# `yield from` expression.

def flatten(items):
    """Yield the leaves of arbitrarily nested lists, counting them."""
    count = 0
    for item in items:
        if isinstance(item, list):
            count += yield from flatten(item)   # the sub-generator's return value
        else:
            yield item
            count += 1
    return count

def report(items):
    n = yield from flatten(items)
    print(f"(flattened {n} leaves)")

print(list(report([1, [2, [3, 4]], [], [[5]], 6])))

# yield from works over any iterable, not only generators.
def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", range(3), (9,))))
