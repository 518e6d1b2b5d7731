# alternating frames are not collapsed
def ping(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    return pong(n - 1)

def pong(n):
    return ping(n)

ping(2)
