class K:
    A = "a"
match {"a": 1, "b": 2}:
    case {K.A: 1, "a": 2}:
        pass
