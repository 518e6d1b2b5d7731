match {"a": []}:
    case {["x"]: 1}:
        pass
