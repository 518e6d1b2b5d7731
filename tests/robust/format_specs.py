# format() specs and % conversions drawn from a fixed pseudo-random sequence, on ints, floats,
# strings and None: every result or error message as CPython's.
class R:
    def __init__(s, seed): s.x = seed
    def random(s):
        s.x = (s.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return (s.x >> 11) / 2**53
    def choice(s, seq): return seq[int(s.random() * len(seq))]
    def randint(s, a, b): return a + int(s.random() * (b - a + 1))
    def sample(s, seq, k):
        seq = list(seq); out = []
        for i in range(k): out.append(seq.pop(int(s.random() * len(seq))))
        return out
random = R(12345)
vals = [0, 1, -1, 255, -2**70, 2**64, 1.5, -0.0, 1e300, 1e-300, float('inf'), float('nan'), True, "abc", "", "é中", None, 3.14159]
fills = ["", "x", "0", "<", "*"]
aligns = ["", "<", ">", "^", "="]
signs = ["", "+", "-", " "]
alts = ["", "#"]
zeros = ["", "0"]
widths = ["", "0", "5", "20"]
groups = ["", ",", "_"]
precs = ["", ".0", ".3", ".20"]
types = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r"]
out = []
for i in range(2500):
    spec = random.choice(fills) + random.choice(aligns) if random.random() < 0.5 else random.choice(aligns)
    spec += random.choice(signs) + random.choice(alts) + random.choice(zeros) + random.choice(widths) + random.choice(groups) + random.choice(precs) + random.choice(types)
    v = random.choice(vals)
    try:
        r = format(v, spec)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(v), repr(spec), repr(r))
for i in range(1500):
    conv = random.choice("diouxXeEfFgGcrsa%")
    flags = "".join(random.sample("-+ #0", random.randint(0, 2)))
    w = random.choice(["", "5", "*"])
    p = random.choice(["", ".2", ".*"])
    f = "%" + flags + w + p + conv
    args = []
    if w == "*": args.append(random.choice([3, -3, 0]))
    if p == ".*": args.append(random.choice([2, 0]))
    args.append(random.choice(vals))
    try:
        r = f % tuple(args)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(f), repr(args), repr(r))
