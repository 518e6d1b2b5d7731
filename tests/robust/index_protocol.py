# Objects with __index__ wherever an int size, count or digit count is expected.
# (round(int, huge negative) is left out: CPython computes 10**n there and never returns.)
class W:
    def __init__(s, v): s.v = v
    def __index__(s): return s.v
for x in [1.5, 2.675, 5, 12345, -2**70]:
    for nd in [W(2**70), W(2), W(-1), W(0)] + ([W(-2**70)] if isinstance(x, float) else []):
        try: print(x, nd.v, round(x, nd))
        except Exception as e: print(x, nd.v, type(e).__name__, e)
for f in ("center", "ljust", "rjust", "zfill"):
    for w in [W(5), W(2**70), W(-3)]:
        try: print(f, w.v, repr(getattr("ab", f)(w)))
        except Exception as e: print(f, w.v, type(e).__name__, e)
for seq in ([1], (1,), "a", b"a"):
    try: seq * W(2**70)
    except Exception as e: print(type(seq).__name__, type(e).__name__, e)
