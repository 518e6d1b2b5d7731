P=3
match 1:
    case P(1): pass
