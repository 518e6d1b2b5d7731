class P: __match_args__=[1]
match P():
    case P(1): pass
