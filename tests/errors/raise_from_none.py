# raise ... from None hides the context
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no entry for {key}") from None

lookup({"a": 1}, "b")
