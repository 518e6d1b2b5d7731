# a bounded recursion that fails at the bottom: identical frames are collapsed
def down(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    return down(n - 1)

down(6)
