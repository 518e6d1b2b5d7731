# frames through methods and a class with __init__
class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        return [self.token(t) for t in self.text.split()]

    def token(self, t):
        if not t.isdigit():
            raise ValueError(f"bad token {t!r}")
        return int(t)

p = Parser("1 2 x")
print(p.parse())
