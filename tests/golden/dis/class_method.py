class Base:
    """A base class."""
    kind = "base"

    def __init__(self, name):
        self.__name = name

    def describe(self):
        return f"{self.kind}: {self.__name!r}"

class Child(Base):
    @property
    def label(self):
        return super().describe().upper()
