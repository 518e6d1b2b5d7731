# Recursion through a C function calling back (sorted's key): alternating frames, none
# collapsed, as many as CPython shows.
def f(n):
    return sorted([n], key=lambda x: f(x))
f(1)
