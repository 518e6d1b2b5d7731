class P:
    __match_args__ = ("a", "b")
    a = 1
    b = 2
match P():
    case P(1,
           2,
           3):
        pass
