class Outer:
    class Nested(Exception):
        pass

class Plain(Exception):
    pass
