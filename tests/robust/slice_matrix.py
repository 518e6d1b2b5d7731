# Slicing, slice assignment and deletion of every sequence type with bounds and steps at
# and past the limits of a machine word, from a fixed pseudo-random sequence.
class R:
    def __init__(s, seed): s.x = seed
    def random(s):
        s.x = (s.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return (s.x >> 11) / 2**53
    def choice(s, seq): return seq[int(s.random() * len(seq))]
random = R(4242)
bounds = [None, 0, 1, -1, 2, -2, 3, 5, -5, 7, 100, -100, 2**31, -2**31, 2**62, -2**62, 2**63, -2**63, 2**63 - 1, -2**63 + 1, 2**100, -2**100, True]
steps = [None, 1, -1, 2, -2, 3, -3, 0, 2**62, -2**62, 2**63, -2**63, 2**63 - 1, 2**100, -2**100]
seqs = ["", "abcdefg", "é中x\U0001f600yz", b"abcdef", (1, 2, 3, 4, 5), [1, 2, 3, 4, 5, 6], range(7), range(10, -10, -3), range(0), range(2**64, 2**64 + 10, 3), bytearray(b"xyz")]
for i in range(2500):
    s = random.choice(seqs)
    a, b, c = random.choice(bounds), random.choice(bounds), random.choice(steps)
    try:
        r = s[a:b:c]
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(i, repr(r))
    if isinstance(s, (list, bytearray)):
        s2 = s[:]
        k = random.choice([0, 1, 2, 3])
        src = ([9] * k) if isinstance(s, list) else bytearray(b"q" * k)
        try:
            s2[a:b:c] = src
            r = s2
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(i, "set", repr(r))
        s3 = s[:]
        try:
            del s3[a:b:c]
            r = s3
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(i, "del", repr(r))
    if random.random() < 0.3:
        try:
            r = slice(a, b, c).indices(random.choice([0, 1, 5, 2**64]))
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(i, "ind", r)
    try:
        r = s[a] if a is not None else None
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(i, "idx", repr(r))
