x = 1
match x := 1:
    case a:
        print("walrus subject", a, x)
match x,:
    case (a,):
        print("one-tuple subject", a)
    case a:
        print("n", a)
for v in [-1j, -1.5 + 2j, 0j, 5]:
    match v:
        case -1j | -1.5 + 2j | -0 - 0j:
            print("complex literal", v)
        case a:
            print("other", a)
for v in [16, 1000.0, 1000j, "\n", "\\n", 3]:
    match v:
        case 0x1_0 | 1e3 | 1_000j | "\n" | r"\n":
            print("literal", repr(v))
        case _:
            print("no literal", v)
