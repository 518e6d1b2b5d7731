# itertools.product given a bad repeat count.
import itertools
for r in [-1, 'x', 1.5, 0, 2, True]:
    try: print(list(itertools.product([1, 2], repeat=r))[:5])
    except Exception as e: print(type(e).__name__, e)
