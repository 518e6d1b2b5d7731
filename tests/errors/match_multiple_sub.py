class P:
    __match_args__ = ("a",)
    a = 1
match P():
    case P(1, a=1):
        pass
