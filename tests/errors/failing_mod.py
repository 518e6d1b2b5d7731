# helper for exception_in_module.py
def explode(n):
    if n > 2:
        raise ValueError(f"n too large: {n}")
    return n
